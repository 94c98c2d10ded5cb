-- Every comment of a post in one value: on D1 a post with enough comments fails.
-- name: postsWithComments :many
SELECT p.id,
       json_group_array(json_object('id', c.id, 'body', c.body)) FILTER (WHERE c.id IS NOT NULL) AS comments
FROM posts p
LEFT JOIN comments c ON c.post_id = p.id
GROUP BY p.id
ORDER BY p.id;

-- The same per row, through a scalar subquery.
-- name: usersWithPosts :many
SELECT u.id,
       json((SELECT json_group_array(json_object('id', p.id, 'title', p.title))
             FROM posts p WHERE p.author_id = u.id)) AS posts
FROM users u
ORDER BY u.id;
