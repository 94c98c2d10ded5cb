CREATE TABLE users (
  id       INTEGER PRIMARY KEY,
  email    TEXT NOT NULL UNIQUE,
  name     TEXT NOT NULL,
  nickname TEXT,
  karma    REAL NOT NULL DEFAULT 0,
  verified BOOLEAN NOT NULL DEFAULT 0,
  avatar   BLOB
);
