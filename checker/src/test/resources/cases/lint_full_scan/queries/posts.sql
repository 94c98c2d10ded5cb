-- name: postsByTitle :many
SELECT id, title FROM posts WHERE title = :title ORDER BY id;

-- name: usersByName :many
SELECT id, email FROM users WHERE lower(name) = lower(:name) ORDER BY id;

-- name: postsNamedLikeTheirAuthor :many
SELECT u.email, p.title
FROM users u
JOIN posts p ON p.title = u.name
WHERE u.id = :userId
ORDER BY p.id;

-- name: latestPosts :many
SELECT id, title FROM posts ORDER BY published_at DESC LIMIT 10;

-- name: archiveOld :exec
UPDATE posts SET status = 'archived' WHERE published_at < :before;

-- Unfiltered likes would be read first; an index on the join lets SQLite start from the filtered posts instead.
-- name: likesOfAuthor :many
SELECT l.id FROM likes l JOIN posts p ON p.id = l.post_id WHERE p.author_id = :authorId ORDER BY l.id;

-- Without statistics SQLite guesses the range keeps most rows and prefers scanning in id order.
-- name: postsSince :many
SELECT id, title FROM posts WHERE published_at > :since ORDER BY id;
