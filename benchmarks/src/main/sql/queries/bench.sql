-- Benchmark-only: the sample's createPost without the row id, as a bulk import writes it
-- (the other contenders' batch inserts do not fetch ids either).

-- name: insertPost :exec
INSERT INTO posts (author_id, title, body) VALUES (:authorId, :title, :body);
