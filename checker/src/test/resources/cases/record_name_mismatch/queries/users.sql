-- name: card :one -> UserCard
SELECT id, email, display_name FROM users WHERE id = :id;
