-- name: deletePost :exec
DELETE FROM posts WHERE id = :id;

-- name: deleteDraftsOf :exec
DELETE FROM posts WHERE author_id = :authorId AND status = 'draft';

-- name: deleteEverything :exec
DELETE FROM posts; -- sqlrecord:ignore delete-without-where
