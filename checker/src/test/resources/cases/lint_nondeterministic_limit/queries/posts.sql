-- name: somePosts :many
SELECT id, title FROM posts LIMIT 10;

-- name: pageOfAuthor :many
SELECT id, title FROM posts WHERE author_id = :authorId
LIMIT :limit OFFSET :offset;

-- name: postsOfSomeUser :many
SELECT id, title FROM posts
WHERE author_id = (SELECT id FROM users WHERE name = :name LIMIT 1)
ORDER BY id;
