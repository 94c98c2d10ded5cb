CREATE TABLE users (
  id    INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name  TEXT NOT NULL
);

CREATE TABLE notes (
  id      INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  body    TEXT NOT NULL
);

CREATE TABLE settings (
  name  TEXT NOT NULL,
  value TEXT NOT NULL
);
