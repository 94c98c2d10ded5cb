-- Without FILTER, a post with no comment gets [{"id":null,...}]: every key is typed nullable, with a warning.
-- name: postsWithComments :many
SELECT p.id,
       json_group_array(json_object('id', c.id, 'body', c.body)) AS comments
FROM posts p
LEFT JOIN comments c ON c.post_id = p.id
GROUP BY p.id
ORDER BY p.id;

-- Many-to-one over a LEFT JOIN: the object is always there, its keys NULL when no admin matched.
-- name: postsWithAdminAuthor :many
SELECT p.id, json_object('id', u.id, 'name', u.name) AS author
FROM posts p
LEFT JOIN users u ON u.id = p.author_id AND u.admin
ORDER BY p.id;
