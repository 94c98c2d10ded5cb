-- name: postsOfAuthor :many
SELECT id, title FROM posts WHERE author_id = :authorId ORDER BY id;

-- name: allPosts :many
SELECT id, title FROM posts ORDER BY id;

-- The optional-filter idiom reads every row when :status is NULL: that is the query's intent.
-- name: postsByStatus :many
SELECT id, title FROM posts WHERE (:status IS NULL OR status = :status) ORDER BY id;

-- name: livePosts :many
SELECT id, title FROM posts WHERE deleted_at IS NULL ORDER BY id;

-- name: postsWithAuthors :many
SELECT p.title, u.name FROM posts p JOIN users u ON u.id = p.author_id ORDER BY p.id;

-- 'settings' is listed in small-tables.
-- name: setting :one
SELECT value FROM settings WHERE name = :name;

-- sqlrecord:ignore full-scan
-- name: postsByTitle :many
SELECT id, title FROM posts WHERE title = :title ORDER BY id;
