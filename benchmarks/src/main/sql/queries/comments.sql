-- name: addComment :execresult
INSERT INTO comments (post_id, author_id, body) VALUES (:postId, :authorId, :body);

-- name: listComments :many
SELECT c.id, c.body, u.name AS author_name
FROM comments c
JOIN users u ON u.id = c.author_id
WHERE c.post_id = :postId
ORDER BY c.id;

-- name: countComments :one
SELECT count(*) FROM comments WHERE post_id = :postId;
