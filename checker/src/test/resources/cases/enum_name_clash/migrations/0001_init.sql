CREATE TABLE posts (id INTEGER PRIMARY KEY, status TEXT NOT NULL CHECK (status IN ('draft', 'published')));
CREATE INDEX posts_status_idx ON posts (status);
