-- Every IN (:list) is sent as one JSON array and read with json_each: one statement whatever the
-- list's length, so ORDER BY, LIMIT, GROUP BY and aggregates see the whole list.

-- name: itemsByCodes :many
SELECT id, code FROM items WHERE code IN (:codes) ORDER BY id LIMIT :limit;

-- name: countByStatus :many
SELECT status, count(*) AS items, total(price) AS price FROM items
WHERE status NOT IN (:statuses) GROUP BY status ORDER BY status;

-- name: dueOn :one
SELECT count(*) FROM items WHERE due IN (:days) AND amount IN (:amounts);

-- name: repricePair :exec
UPDATE items SET price = :price WHERE id IN (:ids) OR id IN (:ids);
