-- name: listEmails :many
SELECT email FROM users
WHERE email LIKE :pattern
ORDER BY emial;
