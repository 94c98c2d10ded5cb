-- name: postsByStatus :many
SELECT id FROM posts WHERE status = :status;
