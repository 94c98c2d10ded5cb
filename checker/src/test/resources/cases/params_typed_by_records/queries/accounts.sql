-- name: findAccount :one -> Account
SELECT id, public_id, plan, e_mail, created, seen_ms, settings, tags, renewed_at FROM accounts WHERE public_id = :public_id;

-- Every parameter takes the type Account reads its column as.
-- name: createAccount :exec
INSERT INTO accounts (public_id, plan, e_mail, created, seen_ms, settings, tags)
VALUES (:public_id, :plan, :e_mail, :created, :seen_ms, :settings, :tags);

-- name: createdSince :many
SELECT id FROM accounts WHERE created >= :since ORDER BY id;

-- name: markSeen :exec
UPDATE accounts SET seen_ms = :seen_ms WHERE public_id = :public_id;

-- name: seenAt :many
SELECT id FROM accounts WHERE seen_ms = :seen_ms ORDER BY id;

-- name: withSettings :many
SELECT id FROM accounts WHERE settings = :settings ORDER BY id;
