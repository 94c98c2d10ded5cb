-- name: slugs :many
SELECT id, slugify(name) AS slug FROM events;
