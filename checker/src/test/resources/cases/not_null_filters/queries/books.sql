-- An INT PRIMARY KEY (not INTEGER) may hold NULL in a rowid table; not after id = :id.
-- name: bookById :one
SELECT id, title FROM books WHERE id = :id;

-- name: titledBooks :many
SELECT id, title, isbn FROM books WHERE title IS NOT NULL AND (isbn LIKE :prefix) AND pages NOTNULL ORDER BY id;

-- name: byRange :many
SELECT title, pages, isbn FROM books WHERE pages BETWEEN :low AND :high AND isbn IN ('a', 'b') AND title COLLATE NOCASE > 'm';

-- name: inPrint :many
SELECT in_print, title FROM books WHERE in_print AND title NOT NULL;

-- Inner join: both sides of the ON condition are non-null in the result.
-- name: booksWithAuthors :many
SELECT b.title, b.author_id, a.id AS author_key, a.name FROM books b JOIN authors a ON a.id = b.author_id AND a.name = b.title;

-- Not narrowed: an OR, a NOT, NOT IN, IS NULL, the ON of a LEFT JOIN, a subquery's filter.
-- name: notNarrowed :many
SELECT b.title, b.isbn, b.pages, b.in_print, a.name, a.country, b.author_id
FROM books b LEFT JOIN authors a ON a.name = b.title AND b.author_id = a.id
WHERE (b.title = :t OR b.isbn = :t) AND NOT (b.pages = 3) AND b.in_print NOT IN (1) AND a.country IS NULL;

-- The optional side of a LEFT JOIN stays nullable, even where the WHERE filters on it (a conservative reading).
-- name: leftThenWhere :many
SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id WHERE b.title = :title AND a.name IS NOT NULL;

-- An aggregate without GROUP BY returns one row even when the filter keeps none.
-- name: firstTitle :one
SELECT title, count(*) AS n FROM books WHERE title IS NOT NULL;

-- name: titlesByAuthor :many
SELECT author_id, count(*) AS n FROM books WHERE author_id IS NOT NULL GROUP BY author_id;

-- A filter of the subquery narrows the subquery's own columns, not the outer query's.
-- name: nested :many
SELECT t.title, b.isbn FROM books b JOIN (SELECT id, title FROM books WHERE title IS NOT NULL) t ON t.id = b.id
WHERE EXISTS (SELECT 1 FROM authors a WHERE a.id = b.author_id AND b.isbn IS NOT NULL);
