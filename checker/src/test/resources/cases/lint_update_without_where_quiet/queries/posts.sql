-- name: archive :exec
UPDATE posts SET status = 'archived' WHERE id = :id;

-- Every row, on purpose.
-- name: resetStatuses :exec
-- sqlrecord:ignore update-without-where
UPDATE posts SET status = 'draft';
