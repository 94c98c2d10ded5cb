-- name: bigRegions :many
SELECT t.region, t.total, t.biggest
FROM (SELECT region, sum(amount) AS total, max(amount) AS biggest FROM sales GROUP BY region) AS t
WHERE t.total > :threshold;

-- name: everySale :many
SELECT * FROM (SELECT * FROM sales WHERE region = :region);
