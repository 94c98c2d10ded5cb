-- name: productsByIds :many
SELECT id, sku FROM products WHERE id IN (:ids);

-- name: pricesExcept :many
SELECT price FROM products WHERE sku NOT IN (:skus) ORDER BY price;

-- name: inFixedList :many
SELECT sku, id IN (:featured) AS featured, id IN (1, 2, 3) AS starter FROM products;
