-- name: statsByCustomer :many
SELECT customer, count(*) AS orders, sum(quantity) AS quantity, sum(discount) AS discount,
       avg(amount) AS average, min(amount) AS smallest, max(discount) AS best_discount,
       group_concat(id) AS order_ids
FROM orders
GROUP BY customer
HAVING count(*) > :min_orders
ORDER BY customer;

-- name: paidTotals :many
SELECT paid, total(amount) AS revenue, sum(amount) FILTER (WHERE quantity > 1) AS bulk_revenue
FROM orders
GROUP BY paid;
