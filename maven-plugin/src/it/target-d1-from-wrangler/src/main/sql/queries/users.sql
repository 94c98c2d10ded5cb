-- name: userByEmail :one
SELECT id, name FROM users WHERE email = :email;
