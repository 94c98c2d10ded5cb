-- name: createPost :execresult
INSERT INTO posts (author_id, title, body) VALUES (:authorId, :title, :body);

-- name: publishPost :exec
UPDATE posts
SET status = 'published', published_at = unixepoch(), updated_at = unixepoch()
WHERE id = :id AND deleted_at IS NULL;

-- name: findPost :one -> Post
SELECT id, author_id, title, body, status, published_at, deleted_at FROM posts WHERE id = :id;

-- Readers' view: live posts with their author, optionally of one status.
-- name: listPosts :many
SELECT p.id, p.title, p.status, u.name AS author_name, p.published_at
FROM posts p
JOIN users u ON u.id = p.author_id
WHERE p.deleted_at IS NULL
  AND (:status IS NULL OR p.status = :status)
ORDER BY p.id;

-- name: postsByIds :many -> Post
SELECT id, author_id, title, body, status, published_at, deleted_at
FROM posts
WHERE id IN (:ids)
ORDER BY id;

-- name: postTitlesOfAuthor :many
SELECT title FROM posts WHERE author_id = :authorId AND deleted_at IS NULL ORDER BY id;

-- name: softDeletePost :exec
UPDATE posts SET deleted_at = unixepoch(), updated_at = unixepoch()
WHERE id = :id AND deleted_at IS NULL;

-- name: deletePost :exec
DELETE FROM posts WHERE id = :id;
