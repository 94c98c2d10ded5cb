-- name: summaries :many
SELECT * FROM post_summaries ORDER BY id;

-- name: summaryTitle :one
SELECT title, author FROM post_summaries WHERE id = :id;

-- name: postCounts :many
SELECT user_id, posts FROM user_post_counts WHERE posts >= :min_posts;
