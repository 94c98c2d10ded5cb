CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  email TEXT NOT NULL,
  meta JSON NOT NULL
);
CREATE VIRTUAL TABLE notes_fts USING fts5(title, body);
