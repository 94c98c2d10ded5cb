-- name: usersByName :many
SELECT id, name FROM users ORDER BY name;

-- name: postsPerStatus :many
SELECT status, count(*) AS posts FROM posts GROUP BY status;

-- name: postsOfAuthorByDate :many
SELECT id, title FROM posts WHERE author_id = :authorId ORDER BY published_at;
