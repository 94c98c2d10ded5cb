CREATE TABLE accounts (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL,
  score REAL
);

CREATE TABLE tags (
  label TEXT PRIMARY KEY,
  uses  INTEGER NOT NULL
);

CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT NOT NULL DEFAULT 'created');

-- A second handle is dropped without an error: an INSERT here may write, and return, nothing.
CREATE TABLE handles (handle TEXT NOT NULL UNIQUE ON CONFLICT IGNORE);

-- So is an empty note, by a trigger.
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE TRIGGER notes_skip_empty BEFORE INSERT ON notes WHEN NEW.body = ''
BEGIN
  SELECT RAISE(IGNORE);
END;
