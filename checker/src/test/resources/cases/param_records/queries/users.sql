-- Three parameters: a record form beside the positional method, and a list form.
-- name: createUser :execresult
INSERT INTO users (name, email, age) VALUES (:name, :email, :age);

-- Two parameters of one type (String): a record form, so they cannot be swapped unnoticed.
-- name: findByNameAndEmail :one
SELECT id, name, email FROM users WHERE name = :name AND email = :email;

-- One parameter: the positional method only.
-- name: olderThan :many
SELECT name FROM users WHERE age > :age ORDER BY name;

-- Two parameters of different types: the list form only.
-- name: rename :exec
UPDATE users SET name = :name WHERE id = :id;
