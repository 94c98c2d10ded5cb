-- A query file sqlc also reads as the schema: the CREATE statements before the first query are
-- left out (the migrations hold the schema), with a warning.
CREATE TABLE drafts (title TEXT NOT NULL, ready BOOLEAN NOT NULL);
CREATE TABLE posts (title TEXT NOT NULL, tag TEXT NOT NULL);

/* name: PublishReady :exec */
INSERT INTO posts (title, tag)
SELECT title, ?
FROM drafts WHERE ready = ?;

/* name: TaggedTitles :many */
SELECT title FROM posts WHERE tag = ? ORDER BY title;
