-- name: deleteClosed :many
DELETE FROM accounts WHERE closed_at < :before RETURNING id, closed_at;

-- name: deleteAccount :one
DELETE FROM accounts WHERE id = :id RETURNING *;
