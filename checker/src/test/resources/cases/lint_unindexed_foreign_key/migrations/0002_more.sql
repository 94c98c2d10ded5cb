-- The index on comments.user_id makes that key cheap; post_id stays unindexed.
CREATE INDEX comments_user_idx ON comments (user_id);

ALTER TABLE posts ADD COLUMN editor_id INTEGER REFERENCES users (id);
