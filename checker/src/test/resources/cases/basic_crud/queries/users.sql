-- name: findUserByEmail :one -> User
SELECT id, email, name FROM users WHERE email = :email;

-- name: getUser :one
SELECT * FROM users WHERE id = :id;

-- name: listUsersByIds :many
SELECT * FROM users WHERE id IN (:ids) ORDER BY id;

-- name: countActive :one
SELECT count(*) FROM users WHERE active = :active;

-- name: searchUsers :many
SELECT id, name FROM users
WHERE (:name IS NULL OR name LIKE :name)
LIMIT :limit OFFSET :offset;

-- name: createUser :execresult
INSERT INTO users (email, name, age) VALUES (:email, :name, :age);

-- name: renameUser :exec
UPDATE users SET name = :name WHERE id = :id;

-- name: deleteUser :exec
DELETE FROM users WHERE id = ?;
