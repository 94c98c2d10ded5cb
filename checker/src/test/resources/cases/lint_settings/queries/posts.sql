-- Levels from lints.properties: full-scan raised to error, select-star off.
-- name: postsByTitle :many
SELECT * FROM posts WHERE title = :title ORDER BY id;

-- Two codes in one comment, and a misspelt one.
-- name: allPosts :many
-- sqlrecord:ignore nondeterministic-limit, full-scan
-- sqlrecord:ignore full-scna
SELECT id FROM posts WHERE status = :status LIMIT 5;
