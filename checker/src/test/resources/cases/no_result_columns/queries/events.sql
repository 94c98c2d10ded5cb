-- name: rename :one
UPDATE events SET name = :name WHERE id = :id;
