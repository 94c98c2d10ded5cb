-- name: allContacts :many
SELECT 'customer' AS kind, id, email, phone FROM customers
UNION ALL
SELECT 'supplier', id, email, phone FROM suppliers
ORDER BY email;

-- name: customerOnlyEmails :many
SELECT email FROM customers
EXCEPT
SELECT email FROM suppliers;

-- name: mixedTypes :many
SELECT id AS value FROM customers
UNION
SELECT email FROM customers;

-- name: sharedEmails :many
SELECT email FROM customers
INTERSECT
SELECT email FROM suppliers;
