-- A PRAGMA that returns rows: its columns are SQLite's.
-- name: foreignKeys :one
PRAGMA foreign_keys;

-- name: tableInfo :many
PRAGMA table_info(users);

-- A parameter under COLLATE is compared as its column.
-- name: byEmail :one
SELECT id FROM users WHERE email = :email COLLATE NOCASE;

-- name: byEmails :many
SELECT id FROM users WHERE email COLLATE NOCASE IN (:emails) ORDER BY id;

-- A parameter compared with a value read from JSON is a String (iif keeps rows without JSON out of json_extract).
-- name: byTheme :many
SELECT id FROM users
WHERE json_extract(iif(json_valid(prefs), prefs, '{}'), '$.theme') = :theme
  AND iif(json_valid(prefs), prefs, '{}') ->> '$.kind' = :kind
ORDER BY id;

-- name: patchPrefs :exec
UPDATE users SET prefs = json_patch(prefs, :patch) WHERE id = :id;
