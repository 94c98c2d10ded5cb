-- A size that is NULL, below 1 or text still gives a blob (1 byte random, or empty): never NULL.
-- name: tokenBlobs :many
SELECT id, randomblob(size) AS random_bytes, zeroblob(size) AS zero_bytes FROM tokens ORDER BY id;

-- name: buildInfo :one
SELECT sqlite_source_id() AS source_id, sqlite_compileoption_used(CAST(:option AS TEXT)) AS used,
       sqlite_compileoption_get(CAST(:index AS INTEGER)) AS option_name;
