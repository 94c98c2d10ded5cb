-- name: orderStats :one
SELECT count(*) AS orders, count(discount) AS discounted, sum(quantity) AS quantity, total(amount) AS revenue,
       avg(amount) AS average, min(amount) AS smallest, max(quantity) AS largest, sum(paid) AS paid_orders
FROM orders;

-- name: customerList :one
SELECT group_concat(customer, ', ') FROM orders;

-- name: anyCustomerWithCount :one
SELECT customer, count(*) AS orders, coalesce(max(quantity), 0) AS largest FROM orders WHERE amount > :min_amount;
