-- A small blog: the schema most lint cases share.
CREATE TABLE users (
  id         INTEGER PRIMARY KEY,
  email      TEXT    NOT NULL UNIQUE,
  name       TEXT    NOT NULL,
  created_at INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE TABLE posts (
  id           INTEGER PRIMARY KEY,
  author_id    INTEGER NOT NULL REFERENCES users (id),
  title        TEXT    NOT NULL,
  status       TEXT    NOT NULL DEFAULT 'draft',
  published_at INTEGER,
  deleted_at   INTEGER
);

CREATE INDEX posts_author_idx ON posts (author_id);
