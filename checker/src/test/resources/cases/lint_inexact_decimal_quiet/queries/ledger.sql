-- name: findEntry :one
SELECT id, amount, cents FROM ledger WHERE id = :id;
