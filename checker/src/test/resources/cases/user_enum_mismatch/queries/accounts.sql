-- name: findAccount :one -> BadAccount
SELECT id, public_id, plan, e_mail, created, seen_ms, settings, tags, renewed_at FROM accounts WHERE id = :id;

-- name: looseAccount :one -> LooseAccount
SELECT e_mail AS plan, created, settings FROM accounts WHERE id = :id;
