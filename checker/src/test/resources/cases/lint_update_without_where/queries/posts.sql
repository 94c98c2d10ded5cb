-- name: archiveAll :exec
UPDATE posts SET status = 'archived';

-- name: touchAll :exec
UPDATE users
SET created_at = unixepoch();
