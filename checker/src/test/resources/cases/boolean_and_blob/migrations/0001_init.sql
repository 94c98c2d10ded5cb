CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  content BLOB NOT NULL,
  thumbnail BLOB,
  public BOOL NOT NULL DEFAULT FALSE,
  starred BOOLEAN
);
