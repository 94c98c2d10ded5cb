-- name: postsOfAuthor :many
SELECT id, title FROM posts WHERE author_id = :authorId ORDER BY id;

-- name: authorsWithPosts :many
SELECT u.name, p.title FROM users u JOIN posts p ON p.author_id = u.id
WHERE u.id = :userId ORDER BY p.id;

-- name: retitle :exec
UPDATE posts SET title = :title WHERE id = :id;
