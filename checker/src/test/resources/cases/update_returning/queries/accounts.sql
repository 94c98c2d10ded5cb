-- name: deposit :one
UPDATE accounts SET balance = balance + :amount WHERE id = :id RETURNING balance;

-- name: closeAccount :one
UPDATE accounts SET closed_at = :closed_at WHERE id = :id AND closed_at IS NULL
RETURNING id, owner, closed_at;

-- name: renameOwner :exec
UPDATE accounts SET owner = :owner WHERE owner = :old_owner;
