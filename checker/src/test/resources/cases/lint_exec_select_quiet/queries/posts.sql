-- name: post :one
SELECT id FROM posts WHERE id = :id;

-- name: rename :exec
UPDATE posts SET title = :title WHERE id = :id;

-- name: insertCopy :exec
INSERT INTO posts (title) SELECT title FROM posts WHERE id = :id;

-- sqlrecord:ignore exec-select
-- name: warmUp :exec
SELECT count(*) FROM posts;
