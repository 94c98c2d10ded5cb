-- name: addNote :execresult
INSERT INTO notes (user_id, body) VALUES (:userId, :body);

-- name: notesOf :many
SELECT n.id, n.body, u.name AS author
FROM notes n JOIN users u ON u.id = n.user_id
WHERE n.user_id = :userId
ORDER BY n.id;
