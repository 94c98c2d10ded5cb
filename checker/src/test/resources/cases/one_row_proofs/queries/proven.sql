-- Each of these returns at most one row: the generated method reads only the first.

-- name: byId :one
SELECT id, email FROM accounts WHERE id = :id;

-- name: byEmailAndStatus :one
SELECT id FROM accounts WHERE (email = :email AND status = :status);

-- name: byNickname :one
SELECT id FROM accounts WHERE nickname = :nickname;

-- name: byRegionAndCode :one
SELECT id FROM accounts WHERE region = :region AND code = :code;

-- name: membership :one
SELECT role FROM memberships WHERE account_id = :account_id AND org_id = :org_id;

-- name: tagUses :one
SELECT uses FROM tags t WHERE :label = t.label;

-- name: nextAccount :one
SELECT email FROM accounts WHERE id == :id + 1;

-- name: eventByOid :one
SELECT kind FROM events WHERE oid = ?;

-- name: legacyByRowid :one
SELECT note FROM legacy WHERE rowid = ?;

-- name: firstByName :one
SELECT id FROM accounts WHERE name = :name ORDER BY id LIMIT 1;

-- name: nthAccount :one
SELECT id FROM accounts ORDER BY id LIMIT 1 OFFSET :skip;

-- name: nthAccountCommaForm :one
SELECT id FROM accounts ORDER BY id LIMIT :skip, 1;

-- name: countByName :one
SELECT count(*) FROM accounts WHERE name = :name;

-- name: maxIdIfMany :one
SELECT max(id) FROM accounts HAVING count(*) > 1;

-- name: nameTaken :one
SELECT EXISTS (SELECT 1 FROM accounts WHERE name = :name) AS taken;

-- name: useTag :one
INSERT INTO tags (label, uses) VALUES (:label, 1)
ON CONFLICT (label) DO UPDATE SET uses = uses + 1
RETURNING uses;

-- name: renameAccount :one
UPDATE accounts SET name = :name WHERE id = :id RETURNING name;

-- name: dropTag :one
DELETE FROM tags WHERE label = :label RETURNING uses;
