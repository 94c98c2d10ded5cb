-- name: postsWithComments :many
SELECT p.id,
       json_group_array(json_object('id', c.id, 'body', c.body)) FILTER (WHERE c.id IS NOT NULL) AS comments
FROM posts p
LEFT JOIN comments c ON c.post_id = p.id
GROUP BY p.id
ORDER BY p.id;

-- Nullable keys on purpose: the warning ignored here.
-- name: postsWithCommentsOrNulls :many
-- sqlrecord:ignore nested-outer-join
SELECT p.id, json_group_array(json_object('id', c.id)) AS comments
FROM posts p
LEFT JOIN comments c ON c.post_id = p.id
GROUP BY p.id
ORDER BY p.id;
