-- name: findUser :one
SELECT id, name FROM users WHERE id = :id;
