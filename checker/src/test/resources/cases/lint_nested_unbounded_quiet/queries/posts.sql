-- At most 20 comments per post: the children come through a subquery with a LIMIT.
-- name: usersWithPosts :many
SELECT u.id,
       json((SELECT json_group_array(json_object('id', p.id, 'title', p.title))
             FROM (SELECT id, title FROM posts WHERE author_id = u.id ORDER BY id DESC LIMIT 20) AS p)) AS posts
FROM users u
ORDER BY u.id;

-- Grouped by the child's own key: one row of it per group.
-- name: postsWithAuthor :many
SELECT p.id, json_group_array(json_object('id', u.id, 'name', u.name)) AS author
FROM posts p
JOIN users u ON u.id = p.author_id
GROUP BY p.id, u.id
ORDER BY p.id;

-- A bound the check cannot see (an application limit), said so.
-- name: commentsOfPost :one
-- sqlrecord:ignore nested-unbounded
SELECT json_group_array(json_object('id', c.id)) AS comments FROM comments c WHERE c.post_id = :id;
