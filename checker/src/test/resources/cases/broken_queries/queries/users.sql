-- name: findByName :one
SELECT nmae FROM users WHERE id = :id;

-- name: missingTable :many
SELECT * FROM userz;

-- name: badSyntax :many
SELECT id FROM users WHERE id = = 1;

-- name: wrongRecord :one -> User
SELECT id, email, age FROM users WHERE id = :id;

-- name: noRecord :one -> Nobody
SELECT id, email FROM users;

-- name: unknownParam :one
SELECT :thing;

-- name: bad annotation
SELECT 1;
