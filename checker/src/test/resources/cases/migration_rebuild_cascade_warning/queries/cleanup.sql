-- name: delete_one :exec
DELETE FROM posts WHERE id = :key;
