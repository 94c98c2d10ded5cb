-- name: findAccount :one -> Account
SELECT id, public_id, plan, e_mail, created, seen_ms, settings, tags, renewed_at FROM accounts WHERE public_id = :public_id;

-- name: accountsOnPlan :many -> Account
SELECT id, public_id, plan, e_mail, created, seen_ms, settings, tags, renewed_at FROM accounts WHERE plan = :plan ORDER BY id;
