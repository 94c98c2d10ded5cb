-- name: touch :exec
SELECT id FROM posts WHERE id = :id;

-- name: titles :exec
WITH t AS (SELECT title FROM posts) SELECT title FROM t;
