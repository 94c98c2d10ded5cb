CREATE TABLE authors (
  id   INTEGER PRIMARY KEY,
  name TEXT    NOT NULL,
  bio  TEXT
);

CREATE TABLE articles (
  id        INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES authors (id),
  title     TEXT    NOT NULL,
  status    TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived'))
                    CHECK (length(status) <= 9),
  audience  TEXT    NOT NULL DEFAULT 'everyone' CHECK (audience IN ('everyone', 'members'))
);
