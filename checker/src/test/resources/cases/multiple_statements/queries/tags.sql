-- name: resetTags :exec
DELETE FROM tags;
INSERT INTO tags (label) VALUES ('default');
