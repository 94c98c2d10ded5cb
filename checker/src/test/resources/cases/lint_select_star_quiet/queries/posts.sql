-- name: users :many
SELECT id, email, name FROM users ORDER BY id;

-- name: postCount :one
SELECT count(*) FROM posts;

-- name: authors :many
SELECT u.id, u.name FROM users u
WHERE EXISTS (SELECT * FROM posts p WHERE p.author_id = u.id)
ORDER BY u.id;
