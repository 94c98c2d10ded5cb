CREATE TABLE items (
  id         INTEGER PRIMARY KEY,
  code       TEXT    NOT NULL COLLATE NOCASE,
  status     TEXT    NOT NULL CHECK (status IN ('new', 'done')),
  due        DATE,
  price      REAL    NOT NULL,
  amount     NUMERIC NOT NULL
);
CREATE INDEX items_code_idx ON items (code);
