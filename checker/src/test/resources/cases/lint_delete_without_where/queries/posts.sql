-- name: deleteAllPosts :exec
DELETE FROM posts;
