-- name: card :one -> UserCard
SELECT id, email, name FROM users WHERE id = :id;

-- name: cards :many -> UserCard
SELECT id, email, name FROM users;
