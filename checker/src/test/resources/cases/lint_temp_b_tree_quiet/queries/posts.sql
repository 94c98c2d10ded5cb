-- name: usersById :many
SELECT id, name FROM users ORDER BY id;

-- name: postsOfAuthor :many
SELECT id, title FROM posts WHERE author_id = :authorId ORDER BY id;

-- name: postsPerAuthor :many
SELECT author_id, count(*) AS posts FROM posts GROUP BY author_id;

-- Sorting by an aggregate needs a temporary B-tree whatever the indexes: nothing to fix.
-- name: busiestAuthors :many
SELECT author_id, count(*) AS posts FROM posts GROUP BY author_id ORDER BY posts DESC;

-- name: usersByEmail :many
SELECT id, email FROM users ORDER BY email;
