-- name: addNumber :exec
INSERT INTO numbers (id, label, value, amount, at_ms) VALUES (:id, :label, :value, :amount, :at_ms);

-- name: copyToAnything :exec
UPDATE numbers SET anything = CASE :source WHEN 'value' THEN value WHEN 'amount' THEN amount ELSE label END
WHERE id = :id;

-- name: numbersInOrder :many
SELECT id, label, value, amount, anything FROM numbers ORDER BY value DESC, id;

-- name: valueOf :one
SELECT value FROM numbers WHERE id = :id;

-- name: stampsInOrder :many -> Stamp
SELECT id, at_ms FROM numbers WHERE at_ms IS NOT NULL ORDER BY at_ms DESC;

-- name: pageOfValues :many
SELECT value FROM numbers WHERE value IS NOT NULL ORDER BY value LIMIT :limit OFFSET :offset;

-- name: distinctValues :many
SELECT DISTINCT value FROM numbers WHERE value IS NOT NULL ORDER BY value DESC;

-- name: valuesThenIds :many
SELECT value FROM numbers WHERE value IS NOT NULL
UNION ALL
SELECT id FROM numbers
ORDER BY 1;

-- name: largestPerLabel :many
SELECT label, max(value) AS largest, count(*) AS n FROM numbers GROUP BY label ORDER BY label DESC;

-- name: labels :many
SELECT label, amount FROM numbers ORDER BY id;

-- name: constants :one
SELECT 9223372036854775807 AS largest, 9007199254740993 AS above, 'text' AS word;

-- name: insertReturning :one
INSERT INTO numbers (id, label, value) VALUES (:id, :label, :value) RETURNING id, value AS stored;

-- name: deleteReturning :many
DELETE FROM numbers WHERE label = :label RETURNING *;
