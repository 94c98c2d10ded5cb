-- name: aliasKeys :many
SELECT id, rowid AS row_id FROM rowid_alias;

-- name: intKeys :many
SELECT id, note FROM int_key;

-- name: textKeys :many
SELECT code, _rowid_ AS row_id, note FROM text_key WHERE oid > :after;

-- name: compactKeys :many
SELECT code, version, note FROM compact;

-- name: optionalRowid :many
SELECT c.code, t.rowid AS text_row FROM compact c LEFT JOIN text_key t ON t.code = c.code;
