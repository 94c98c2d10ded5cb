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

-- The "posts with their comments" page: every live post with its author and its first 50
-- comments, oldest first, in one query (one round trip on D1; README.md, Nested results).
-- name: postsWithComments :many
SELECT p.id, p.title, u.name AS author_name,
       json((SELECT json_group_array(json_object('id', c.id, 'author', c.author, 'body', c.body))
             FROM (SELECT c.id, cu.name AS author, c.body
                   FROM comments c JOIN users cu ON cu.id = c.author_id
                   WHERE c.post_id = p.id
                   ORDER BY c.id
                   LIMIT 50) AS c)) AS comments
FROM posts p
JOIN users u ON u.id = p.author_id
WHERE p.deleted_at IS NULL
ORDER BY p.id;
