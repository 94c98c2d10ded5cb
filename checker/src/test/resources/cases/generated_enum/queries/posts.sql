-- name: postsWithStatus :many
SELECT id, title, status, visibility FROM posts WHERE status = :status ORDER BY id;

-- name: postsInStatuses :many
SELECT id FROM posts WHERE status IN (:statuses) ORDER BY id;

-- name: statusOf :one
SELECT status FROM posts WHERE id = :id;

-- name: setVisibility :exec
UPDATE posts SET visibility = :visibility WHERE id = :id;

-- name: addPost :exec
INSERT INTO posts (title, status) VALUES (:title, :status);
