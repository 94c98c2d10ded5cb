-- name: bookNames :many
SELECT b.id,
       name
FROM books b JOIN authors a ON a.id = b.author_id;
