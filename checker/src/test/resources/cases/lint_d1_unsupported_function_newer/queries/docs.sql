-- name: sizes :many
SELECT id, ceiling(size) AS up, power(size, 2) AS squared, log10(size) AS digits FROM docs ORDER BY id;

-- name: labels :many
SELECT id, if(size > 10, 'big', 'small') AS label, unistr('\u00e9t\u00e9') AS season FROM docs ORDER BY id;

-- name: withFirst :one
SELECT json_array_insert(body, '$[0]', 1) AS body FROM docs WHERE id = :id;

-- name: entries :many
SELECT key, value FROM jsonb_each((SELECT body FROM docs WHERE id = :id));

-- name: allowed :many
SELECT id, ceil(size) AS up, pow(size, 2) AS squared, log(size) AS digits, json_extract(body, '$.a') AS a,
       jsonb_set(body, '$.a', 1) AS b FROM docs ORDER BY id;
