-- A change with parameters also gets a list form, insertPost(List<InsertPostParams> rows),
-- that runs it for every element atomically.
-- name: insertPost :exec
INSERT INTO posts (author_id, title, body) VALUES (:author_id, :title, :body);

-- name: addAuthor :execresult
INSERT INTO authors (name) VALUES (:name);

-- A list parameter beside another one is a component like any other.
-- name: retitle :exec
UPDATE posts SET title = :title || ' (' || id || ')' WHERE id IN (:ids);

-- Only a list: no list form (both methods would take a List).
-- name: deletePosts :exec
DELETE FROM posts WHERE id IN (:ids);

-- No parameters: no list form.
-- name: clearPosts :exec
DELETE FROM posts;

-- name: countPosts :one
SELECT count(*) FROM posts;
