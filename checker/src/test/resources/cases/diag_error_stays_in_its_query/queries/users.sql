-- name: withBadKind :first
SELECT id FROM users WHERE id = :id;

-- name: afterBadKind :one
SELECT id FROM users WHERE id = :id;

-- name: conflicting :many
SELECT id FROM users WHERE name = :value AND age = :value;

-- name: sameParamName :many
SELECT id FROM users WHERE name = :value;

-- name: unknownRecord :one -> Missing
SELECT id, email FROM users WHERE id = :id;

-- name: sameColumns :one
SELECT id, email FROM users WHERE id = :id;

-- name: unclosedComment :many
SELECT id FROM users /* where

-- name: afterUnclosedComment :many
SELECT email FROM users WHERE id = :id;

-- name: twoStatements :exec
DELETE FROM users WHERE id = :id; DELETE FROM users WHERE id = :id + 1

-- name: afterTwoStatements :exec
DELETE FROM users WHERE id = :id;
