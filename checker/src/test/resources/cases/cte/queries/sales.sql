-- name: regionsAboveAverage :many
WITH region_totals AS (
  SELECT region, sum(amount) AS total FROM sales GROUP BY region
), overall AS (
  SELECT avg(total) AS average FROM region_totals
)
SELECT r.region, r.total
FROM region_totals r, overall o
WHERE r.total > o.average;

-- name: renamedColumns :many
WITH t(name, cents) AS (SELECT region, CAST(amount * 100 AS INTEGER) FROM sales)
SELECT name, cents FROM t WHERE cents > :min_cents;
