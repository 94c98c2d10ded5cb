-- name: CreateAuthors :copyfrom
INSERT INTO authors (name, bio) VALUES (?, ?);

-- name: UpdateBios :batchexec
UPDATE authors SET bio = ? WHERE id = ?;

-- name: GetAuthors :batchone
SELECT * FROM authors WHERE id = ?;

-- name: ListAuthors :batchmany
SELECT * FROM authors WHERE name = ?;

-- name: GetAuthorEmbedded :one
SELECT sqlc.embed(authors) FROM authors WHERE id = sqlc.arg(id);

-- name: BadMacro :one
SELECT name FROM authors WHERE id = sqlc.param(id);

-- name: BadArg :one
SELECT name FROM authors WHERE id = sqlc.arg(1 + 1);

-- name: ShortName :one
SELECT name FROM authors WHERE id = :id; /* name: Inline :one */ SELECT 1;

-- name: WrongColumn :one
SELECT name FROM authors WHERE id = sqlc.arg(author_id) AND nme = sqlc.arg(n);
