-- name: getUser :one
SELECT id FROM users WHERE id = :id;
