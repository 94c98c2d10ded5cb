-- name: booksWithAuthor :many
SELECT b.title, a.id AS author_id, a.name AS author_name
FROM books b LEFT JOIN authors a ON a.id = b.author_id;

-- name: authorsAndBooks :many
SELECT a.name AS author, b.*
FROM authors a LEFT OUTER JOIN books b ON b.author_id = a.id;

-- name: authorsWithoutBooks :many
SELECT a.name
FROM authors a LEFT JOIN books b ON b.author_id = a.id
WHERE b.id IS NULL;
