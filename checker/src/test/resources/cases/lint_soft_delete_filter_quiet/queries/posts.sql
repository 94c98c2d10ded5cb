-- name: livePostsOfAuthor :many
SELECT id, title FROM posts WHERE author_id = :authorId AND deleted_at IS NULL ORDER BY id;

-- name: authorsWithLivePosts :many
SELECT u.name, p.title FROM users u JOIN posts p ON p.author_id = u.id AND p.deleted_at IS NULL
WHERE u.id = :userId ORDER BY p.id;

-- name: retitle :exec
UPDATE posts SET title = :title WHERE id = :id AND deleted_at IS NULL;

-- The author's trash: deleted rows on purpose.
-- name: trash :many
SELECT id, title FROM posts WHERE author_id = :authorId AND deleted_at IS NOT NULL ORDER BY id;
