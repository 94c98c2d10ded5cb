-- name: allUsers :many
SELECT * FROM users ORDER BY id;

-- name: postsWithAuthor :many
SELECT p.*, u.name AS author_name
FROM posts p JOIN users u ON u.id = p.author_id
ORDER BY p.id;
