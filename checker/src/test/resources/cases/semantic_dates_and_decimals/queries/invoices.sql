-- name: issuedBetween :many
SELECT id, issued_on, paid_at, created_at, total, discount
FROM invoices WHERE issued_on BETWEEN :from AND :to ORDER BY id;

-- name: createInvoice :exec
INSERT INTO invoices (issued_on, paid_at, total, discount) VALUES (:issued_on, :paid_at, :total, :discount);

-- name: markPaid :exec
UPDATE invoices SET paid_at = :paid_at WHERE id = :id AND paid_at IS NULL;

-- name: latestPayment :one
SELECT max(paid_at) FROM invoices;

-- name: issuedDay :many
SELECT date(issued_on) AS day FROM invoices WHERE created_at > :since;
