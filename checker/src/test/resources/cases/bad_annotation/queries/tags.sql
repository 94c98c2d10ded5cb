-- name: listTags :all
SELECT id, label FROM tags;

-- name: class :many
SELECT id FROM tags;

-- name: addTag :exec -> Tag
INSERT INTO tags (label) VALUES (:label);
