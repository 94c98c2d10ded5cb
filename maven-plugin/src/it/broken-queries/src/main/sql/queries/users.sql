-- name: findUserById :one
SELECT id, nmae FROM users WHERE id = :id;

-- name: findUserByEmail :one -> User
SELECT id, email, name FROM users WHERE email = :email;

-- name: listUsers :many
SELEC id FROM users;

-- name: renameUser :exec
UPDATE users SET name = :name WHERE id = :id;
