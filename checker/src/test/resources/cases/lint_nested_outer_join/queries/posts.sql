-- name: postsWithComments :many
SELECT p.id, json_group_array(json_object('id', c.id, 'body', c.body)) AS comments
FROM posts p
LEFT JOIN comments c ON c.post_id = p.id
GROUP BY p.id
ORDER BY p.id;
