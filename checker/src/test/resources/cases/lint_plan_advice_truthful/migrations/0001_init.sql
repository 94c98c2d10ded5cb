CREATE TABLE posts (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  body       TEXT NOT NULL,
  author_id  INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX posts_author_created ON posts (author_id, created_at);

CREATE TABLE tags (
  label TEXT PRIMARY KEY,
  uses  INTEGER NOT NULL
);

CREATE TABLE notes (
  id    INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  body  TEXT NOT NULL
);
CREATE INDEX notes_title ON notes (title);
CREATE INDEX notes_body ON notes (body);
