-- users.id and posts.id, users.name: the second id is named after its table.
-- name: usersAndPosts :many
SELECT * FROM users u JOIN posts p ON p.author_id = u.id ORDER BY p.id;

-- The same table twice: after its table the name is taken too, so after its position.
-- name: postPairs :many
SELECT a.id, b.id, b.id FROM posts a JOIN posts b ON b.author_id = a.author_id;
