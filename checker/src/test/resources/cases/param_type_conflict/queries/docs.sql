-- name: findDoc :many
SELECT id FROM docs WHERE id = :key OR title = :key;
