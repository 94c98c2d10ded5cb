-- name: findPrice :one
SELECT id, amount, exchange_rate, tax FROM prices WHERE id = :id;
