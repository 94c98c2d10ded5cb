-- One-to-many over a LEFT JOIN: FILTER keeps a post without comments at [] and the keys exact.
-- name: postsWithComments :many
SELECT p.id,
       p.title,
       json_group_array(json_object('id', c.id, 'body', c.body, 'likes', c.likes, 'pinned', c.pinned))
           FILTER (WHERE c.id IS NOT NULL) AS comments
FROM posts p
LEFT JOIN comments c ON c.post_id = p.id
GROUP BY p.id
ORDER BY p.id;

-- Many-to-one: each post with its author as one object.
-- name: postsWithAuthor :many
SELECT p.id, p.status, json_object('id', u.id, 'name', u.name, 'admin', u.admin) AS author
FROM posts p
JOIN users u ON u.id = p.author_id
ORDER BY p.id;

-- Two levels through scalar subqueries, each wrapped in json(...) so it stays JSON.
-- name: usersWithPosts :many
SELECT u.id,
       json((SELECT json_group_array(json_object(
                   'id', p.id,
                   'status', p.status,
                   'publishedOn', p.published_on,
                   'score', p.score,
                   'comments', json((SELECT json_group_array(json_object('id', c.id, 'likes', c.likes))
                                     FROM comments c WHERE c.post_id = p.id))))
             FROM posts p WHERE p.author_id = u.id)) AS posts
FROM users u
ORDER BY u.id;

-- A post's author may be missing from the subquery: the object is nullable.
-- name: postAuthor :one
SELECT p.title, json((SELECT json_object('id', u.id, 'name', u.name) FROM users u WHERE u.id = p.author_id)) AS author
FROM posts p
WHERE p.id = :id;

-- A top-level scalar subquery needs no json(...): the column's value is text either way.
-- name: commentsOfPost :one
SELECT (SELECT json_group_array(json_object('id', c.id, 'pinned', c.pinned)) FROM comments c WHERE c.post_id = :id)
           AS comments;
