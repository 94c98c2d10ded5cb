-- Each statement is its own transaction on D1; atomic groups go through Database.batch.
-- name: publish :exec
UPDATE posts SET status = 'published', published_at = unixepoch() WHERE id = :id;

-- name: addPost :execresult
INSERT INTO posts (author_id, title) VALUES (:authorId, :title);
