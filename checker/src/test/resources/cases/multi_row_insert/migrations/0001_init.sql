CREATE TABLE authors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES authors(id),
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE INDEX posts_author ON posts (author_id);

-- A trigger that writes elsewhere does not stop a multi-row INSERT.
CREATE TABLE audit_log (title TEXT NOT NULL);
CREATE TRIGGER posts_audit AFTER INSERT ON posts BEGIN
  INSERT INTO audit_log (title) VALUES (new.title);
END;

-- A constraint that skips a conflicting row does.
CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  name TEXT UNIQUE ON CONFLICT IGNORE
);

-- So does a trigger that may skip it.
CREATE TABLE drafts (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL
);
CREATE TRIGGER drafts_skip_empty BEFORE INSERT ON drafts WHEN new.title = '' BEGIN
  SELECT RAISE(IGNORE);
END;

-- And a view, whose INSTEAD OF trigger decides what is written.
CREATE VIEW titles AS SELECT id, title FROM posts;
CREATE TRIGGER titles_insert INSTEAD OF INSERT ON titles BEGIN
  INSERT INTO posts (author_id, title) VALUES (1, new.title);
END;
