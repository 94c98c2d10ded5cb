-- name: page :many
SELECT id, name FROM events ORDER BY id LIMIT :limit OFFSET :offset;

-- name: pageCommaForm :many
SELECT id, name FROM events ORDER BY id LIMIT ?, ?;

-- name: firstEvent :one
SELECT name FROM events ORDER BY id LIMIT 1;
