-- Each of these may return several rows as far as the checker can tell: the generated method
-- keeps the runtime's check for a second row.

-- name: membershipOfOrg :one
SELECT role FROM memberships WHERE org_id = :org_id;

-- name: byIdOrEmail :one
SELECT id FROM accounts WHERE id = :id OR email = :email;

-- name: byIdJoined :one
SELECT a.id FROM accounts a JOIN memberships m ON m.account_id = a.id WHERE a.id = :id;

-- name: byName :one
SELECT id FROM accounts WHERE name = :name;

-- name: byStatus :one
SELECT id FROM accounts WHERE status = :status;

-- name: byLowerName :one
SELECT id FROM accounts WHERE lower(name) = :name;

-- name: byHandle :one
SELECT id FROM accounts WHERE handle = :handle;

-- name: byEmailIgnoringCase :one
SELECT id FROM accounts WHERE email = CAST(:email AS TEXT) COLLATE NOCASE;

-- name: byRegionAndCodeOrNull :one
SELECT id FROM accounts WHERE region = :region AND code IS :code;

-- name: byRandomId :one
SELECT id FROM accounts WHERE id = random() % 3;

-- name: byOwnId :one
SELECT id FROM accounts WHERE id = id + 0;

-- name: firstTwo :one
SELECT id FROM accounts ORDER BY id LIMIT 2;

-- name: firstN :one
SELECT id FROM accounts ORDER BY id LIMIT :limit;

-- name: countPerRegion :one
SELECT count(*) FROM accounts GROUP BY region;

-- name: countOverWindow :one
SELECT count(*) OVER () FROM accounts WHERE name = :name;

-- name: byIdTwice :one
SELECT id FROM accounts WHERE id = :id UNION ALL SELECT id FROM accounts WHERE id = :id;

-- name: liveById :one
SELECT email FROM live_accounts WHERE id = :id;

-- name: shadowedById :one
WITH accounts AS (SELECT 1 AS id UNION ALL SELECT 1) SELECT id FROM accounts WHERE id = :id;

-- name: legacyByOid :one
SELECT note FROM legacy WHERE oid = ?;

-- name: copyAccountName :one
INSERT INTO tags (label, uses) SELECT name, 0 FROM accounts WHERE id = :id RETURNING label;

-- name: suspendByName :one
UPDATE accounts SET status = 'suspended' WHERE name = :name RETURNING id;

-- name: listById :many
SELECT id FROM accounts WHERE id = :id;
