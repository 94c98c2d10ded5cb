-- name: createUser :execresult
INSERT INTO users (email, name) VALUES (:email, :name);

-- name: findUserByEmail :one -> User
SELECT id, email, name FROM users WHERE email = :email;

-- name: listUsers :many
SELECT id, name, created_at FROM users ORDER BY id;

-- name: renameUser :exec
UPDATE users SET name = :name WHERE id = :id;
