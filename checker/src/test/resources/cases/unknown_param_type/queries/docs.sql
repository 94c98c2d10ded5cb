-- name: echo :one
SELECT :value AS value FROM docs;

-- name: bothUnknown :many
SELECT id FROM docs WHERE :a = :b;
