-- name: lineTotals :many
SELECT id,
       quantity * unit_price AS total,
       quantity + 1 AS next_quantity,
       quantity / 2 AS half,
       quantity % 3 AS remainder,
       unit_price / quantity AS per_unit,
       quantity % 0.5 AS never_a_number,
       -gift AS negated_gift,
       weight * 2 AS double_weight,
       cost,
       round(unit_price, 1) AS rounded,
       label || ' x' || quantity AS caption,
       unicode(label) AS first_code
FROM lines;

-- name: searchLabels :many
SELECT id FROM lines WHERE label LIKE '%' || :fragment || '%' OR label = :prefix || label;
