-- A list is sent as one JSON array, which cannot carry blobs.
-- name: filesByHashes :many
SELECT id FROM files WHERE hash IN (:hashes);

-- A list parameter cannot also stand for one value.
-- name: namedLike :many
SELECT id FROM files WHERE name IN (:names) OR name = :names;
