CREATE TABLE files (
  id   INTEGER PRIMARY KEY,
  hash BLOB    NOT NULL,
  name TEXT    NOT NULL
);
