-- name: listRecentPosts :many
SELECT p.id, p.title, u.name AS author_name, u.email
FROM posts p JOIN users u ON u.id = p.author_id
WHERE p.published_at > :since
ORDER BY p.published_at DESC LIMIT :limit;

-- name: postsWithOptionalAuthor :many
SELECT p.title, u.email AS author_email
FROM posts p LEFT JOIN users u ON u.id = p.author_id;
