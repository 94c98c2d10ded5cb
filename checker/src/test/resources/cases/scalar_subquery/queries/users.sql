-- name: usersWithStats :many
SELECT u.name,
       (SELECT count(*) FROM posts p WHERE p.user_id = u.id) AS post_count,
       (SELECT max(p.created_at) FROM posts p WHERE p.user_id = u.id) AS last_post_at,
       (SELECT p.title FROM posts p WHERE p.user_id = u.id ORDER BY p.created_at DESC LIMIT 1) AS last_title,
       EXISTS (SELECT 1 FROM posts p WHERE p.user_id = u.id) AS has_posts,
       NOT EXISTS (SELECT 1 FROM posts p WHERE p.user_id = u.id AND p.created_at > :since) AS quiet
FROM users u;

-- name: usersWhoPosted :many
SELECT name FROM users WHERE id IN (SELECT user_id FROM posts WHERE title LIKE :pattern);
