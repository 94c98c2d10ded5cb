-- name: findUser :one -> User
SELECT id, name FROM users WHERE id = :id;

-- name: usersNamed :many
SELECT id FROM users WHERE name = :name;
