-- Constant expressions: SQLite evaluates them at build time for their type and whether they are NULL.
-- name: constants :one
SELECT acos(1.0) AS a, zeroblob(4) AS z, abs(-3) AS n, 'a' || 'b' AS s, upper('x') AS u,
       nullif(1, 1) AS always_null, sqlite_version() AS version, random() AS r, date('now') AS today, pi() AS pi;

-- Math functions: doubles, NULL out of their domain; ceil, floor and trunc keep integers.
-- name: math :many
SELECT sqrt(r) AS root, ceil(i) AS up, floor(r) AS down, trunc(maybe) AS cut, ceil(t) AS from_text,
       pow(i, 2) AS square, sin(:angle) AS sine
FROM measures ORDER BY id;

-- name: docById :one
SELECT body, extra FROM docs WHERE id = :id;

-- name: addDoc :exec
INSERT INTO docs (body, extra) VALUES (jsonb(:json), :extra);
