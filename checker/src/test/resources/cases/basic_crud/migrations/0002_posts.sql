CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  published_at INTEGER
);
CREATE INDEX posts_author_idx ON posts(author_id);
