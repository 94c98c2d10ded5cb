-- name: ageBands :many
SELECT 'child' AS band UNION ALL SELECT 'teen' UNION ALL SELECT 'adult' UNION ALL SELECT 'senior'
UNION ALL SELECT 'unknown' UNION ALL SELECT 'n/a';

-- name: adultFlag :one
SELECT id, iif(age >= 18, 'adult') AS flag FROM users WHERE id = :id;

-- name: compact :exec
VACUUM;

-- name: attachArchive :exec
ATTACH DATABASE 'archive.db' AS archive;

-- name: scratchView :exec
CREATE TEMPORARY VIEW adults AS SELECT id FROM users WHERE age >= 18;

-- name: longPattern :many
SELECT id FROM users WHERE email LIKE '%@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.com' ORDER BY id;

-- name: longGlob :many
SELECT id FROM users WHERE glob('*bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', name) ORDER BY id;
