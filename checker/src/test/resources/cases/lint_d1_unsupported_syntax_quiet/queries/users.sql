-- name: ageBands :many
SELECT 'child' AS band UNION ALL SELECT 'teen' UNION ALL SELECT 'adult' UNION ALL SELECT 'senior'
UNION ALL SELECT 'unknown';

-- name: adultFlag :one
SELECT id, iif(age >= 18, 'adult', NULL) AS flag,
       CASE WHEN age >= 65 THEN 'senior' WHEN age >= 18 THEN 'adult' END AS band
FROM users WHERE id = :id;

-- name: matches :many
SELECT rowid AS id, bm25(notes) AS rank FROM notes WHERE notes MATCH :terms ORDER BY rank;

-- name: patternOf50Bytes :many
SELECT id FROM users WHERE email LIKE '%@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.com' ORDER BY id;
