-- name: rankedSales :many
SELECT id, region,
       row_number() OVER (PARTITION BY region ORDER BY amount DESC) AS position,
       rank() OVER (ORDER BY amount DESC) AS overall_rank,
       sum(amount) OVER (PARTITION BY region) AS region_total,
       lag(amount) OVER (ORDER BY id) AS previous_amount
FROM sales;

-- name: nextSale :many
SELECT id,
       max(amount) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 1 FOLLOWING) AS next_amount,
       count(*) OVER win AS nearby,
       avg(amount) OVER win AS nearby_average
FROM sales
WINDOW win AS (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING);
