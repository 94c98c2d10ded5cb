-- name: listTags :many
SELECT id, label FROM tags;

-- name: listTags :many
SELECT id, label FROM tags ORDER BY label;
