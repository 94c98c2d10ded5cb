-- name: ages :many
SELECT age FROM users;
