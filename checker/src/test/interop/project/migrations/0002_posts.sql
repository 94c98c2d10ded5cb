-- Migration number: 0002 	 2026-11-24T00:00:01.000Z
CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  title TEXT NOT NULL
);
CREATE INDEX posts_user_id ON posts(user_id);
CREATE TRIGGER posts_title AFTER INSERT ON posts BEGIN
  UPDATE posts SET title = trim(NEW.title) WHERE id = NEW.id;
END;
