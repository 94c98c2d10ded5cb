-- Deleting or re-keying a user checks comments.author_id; without an index that is a full scan
-- of comments (sqlrecord's unindexed-foreign-key lint).
CREATE INDEX comments_author_idx ON comments (author_id);
