-- name: stockLevels :many
SELECT id,
       CASE WHEN stock = 0 THEN 'out' WHEN stock < 10 THEN 'low' ELSE 'ok' END AS level,
       CASE WHEN stock > 100 THEN 'bulk' END AS bulk_flag,
       CASE stock WHEN 0 THEN NULL ELSE price END AS sale_price,
       CASE WHEN label IS NULL THEN 'unnamed' ELSE label END AS display_label,
       CASE WHEN stock > 0 THEN 1 ELSE 0.5 END AS mixed
FROM items;

-- name: itemsByLevel :many
SELECT id FROM items WHERE CASE :level WHEN 'low' THEN stock < 10 ELSE stock >= 10 END;

-- name: priceOrZero :many
SELECT id, CASE WHEN :free THEN 0.0 ELSE price END AS price, iif(:hide, NULL, label) AS label FROM items;
