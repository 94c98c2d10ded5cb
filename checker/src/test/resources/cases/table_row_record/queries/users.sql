-- name: allUsers :many
SELECT * FROM users;

-- name: userById :one
SELECT id, email, nickname FROM users WHERE id = :id;

-- name: renamed :many
SELECT id AS user_id, email AS mail, nickname FROM users;

-- name: usersNotBanned :many
SELECT u.* FROM users u
EXCEPT
SELECT * FROM users WHERE nickname = 'banned';
