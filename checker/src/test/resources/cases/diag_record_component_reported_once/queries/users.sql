-- name: card :one -> UserCard
SELECT id, email FROM users WHERE id = :id;

-- name: cards :many -> UserCard
SELECT id, email FROM users ORDER BY id;

-- name: cardsByName :many -> UserCard
SELECT id, email FROM users WHERE name = :name;

-- Only this query selects a column the record lacks: reported at this query.
-- name: cardWithName :one -> UserCard
SELECT id, email, name FROM users WHERE id = :id;
