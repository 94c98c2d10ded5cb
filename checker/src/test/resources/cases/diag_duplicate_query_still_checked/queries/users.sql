-- name: find :one
SELECT id FROM users WHERE id = :id;

-- The second 'find' is reported as a duplicate, and its own mistakes are reported too.
-- name: find :one
SELECT nmae FROM users WHERE id = :id;
