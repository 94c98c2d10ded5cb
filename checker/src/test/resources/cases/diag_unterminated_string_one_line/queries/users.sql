-- name: byName :many
SELECT id FROM users WHERE name = 'Ada
  AND active;

-- name: byEmail :one
SELECT id FROM users WHERE email = :email;
