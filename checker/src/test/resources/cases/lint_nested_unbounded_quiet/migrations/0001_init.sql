CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    admin BOOLEAN NOT NULL DEFAULT 0
);
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    published_on DATE,
    score NUMERIC
);
CREATE INDEX posts_author ON posts (author_id);
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id),
    body TEXT NOT NULL,
    likes INTEGER,
    pinned BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX comments_post ON comments (post_id);
