-- name: byEmail :one
SELECT id FROM users WHERE email = :email;

-- name: café :many
SELECT id FROM users;
