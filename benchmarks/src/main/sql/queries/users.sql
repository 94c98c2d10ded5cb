-- name: createUser :execresult
INSERT INTO users (email, name, bio) VALUES (:email, :name, :bio);

-- name: findUserByEmail :one -> User
SELECT id, email, name, bio, created_at FROM users WHERE email = :email;

-- name: findUser :one -> User
SELECT id, email, name, bio, created_at FROM users WHERE id = :id;

-- name: listUsers :many -> User
SELECT id, email, name, bio, created_at FROM users ORDER BY id;

-- name: renameUser :exec
UPDATE users SET name = :name, updated_at = unixepoch() WHERE id = :id;
