-- name: card :one -> UserCard
SELECT id, email FROM users WHERE id = :id;
