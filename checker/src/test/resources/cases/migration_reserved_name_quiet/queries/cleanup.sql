-- name: delete_one :exec
DELETE FROM cf_settings WHERE k = :key;
