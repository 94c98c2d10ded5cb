-- name: insertUser :execresult
INSERT INTO users (email, name, nickname, karma, verified, avatar)
VALUES (:email, :name, :nickname, :karma, :verified, :avatar);

-- name: findUserByEmail :one -> User
SELECT id, email, name, nickname FROM users WHERE email = :email;

-- name: findUser :one
SELECT * FROM users WHERE id = :id;

-- name: listUsersByIds :many
SELECT id, name, karma FROM users WHERE id IN (:ids) ORDER BY id;

-- name: userEmails :many
SELECT email FROM users ORDER BY email;

-- name: searchUsers :many -> User
SELECT id, email, name, nickname FROM users
WHERE (:nickname IS NULL OR nickname = :nickname)
ORDER BY id;

-- name: renameUser :exec
UPDATE users SET name = :name WHERE id = :id;

-- name: deleteUser :exec
DELETE FROM users WHERE id = :id;
