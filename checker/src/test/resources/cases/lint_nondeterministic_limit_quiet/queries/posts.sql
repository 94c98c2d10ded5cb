-- name: latestPosts :many
SELECT id, title FROM posts WHERE author_id = :authorId ORDER BY id DESC LIMIT :limit OFFSET :offset;

-- A unique key matches at most one row: LIMIT 1 cannot choose.
-- name: userByEmail :one
SELECT id, name FROM users WHERE email = :email LIMIT 1;

-- name: userById :one
SELECT id, name FROM users WHERE id = :id LIMIT 1;

-- name: postCount :one
SELECT count(*) FROM posts LIMIT 1;

-- Any row proves existence.
-- name: hasPosts :one
SELECT EXISTS (SELECT 1 FROM posts WHERE author_id = :authorId LIMIT 1);
