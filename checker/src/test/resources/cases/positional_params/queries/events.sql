-- name: between :many
SELECT id FROM events WHERE id > ? AND id < ? AND name <> ?;

-- name: numbered :many
SELECT id FROM events WHERE id = ?2 OR name = ?1 OR id = ?2 + 100;

-- name: dollarParam :one
SELECT name FROM events WHERE id = $id;
