-- What D1 runs: ALTER TABLE's older forms, FTS5, a REINDEX that names its index.
CREATE TABLE users (
  id    INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name  TEXT,
  age   INTEGER CHECK (age >= 0)
);
CREATE INDEX users_lower_email ON users (lower(email));
ALTER TABLE users ADD COLUMN nickname TEXT;
ALTER TABLE users RENAME COLUMN nickname TO handle;
ALTER TABLE users DROP COLUMN handle;
REINDEX users_lower_email;
CREATE VIRTUAL TABLE notes USING fts5(body);
CREATE VIRTUAL TABLE note_words USING fts5vocab(notes, row);
