-- name: createNote :one
INSERT INTO notes (body) VALUES (:body) RETURNING *;

-- name: createPinnedNote :one
INSERT INTO notes (body, pinned, archived_at) VALUES (:body, TRUE, :archived_at)
RETURNING id, created_at, length(body) AS body_length;

-- name: copyNote :execresult
INSERT INTO notes (body, pinned) SELECT body, :pinned FROM notes WHERE id = :id;
