-- A sqlc query file as sqlc's SQLite examples write it, unchanged.
/* name: GetAuthor :one */
SELECT * FROM authors
WHERE id = sqlc.arg(id) LIMIT 1;

/* name: ListAuthors :many */
SELECT * FROM authors
ORDER BY name;

/* name: ListAuthorsByIDs :many */
SELECT id, name FROM authors WHERE id IN (sqlc.slice('ids')) ORDER BY id;

-- name: FindAuthors :many
SELECT id, name FROM authors
WHERE (sqlc.narg(bio) IS NULL OR bio = sqlc.narg(bio))
  AND name LIKE @name_pattern
ORDER BY id;

-- name: CreateAuthor :execlastid
INSERT INTO authors (name, bio) VALUES (sqlc.arg(name), sqlc.narg(bio));

-- name: UpdateAuthorBio :execrows
UPDATE authors SET bio = sqlc.narg(bio) WHERE id = sqlc.arg(id);

-- name: DeleteAuthor :exec
DELETE FROM authors WHERE id = ?;

-- name: RenameAuthor :exec
UPDATE authors SET name = coalesce(sqlc.narg(name), name) WHERE id = sqlc.arg(id);

-- name: AuthorsNamed :many
SELECT id FROM authors WHERE name = sqlc.narg('name') ORDER BY id;
