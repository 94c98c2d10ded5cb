-- name: delete_one :exec
DELETE FROM a WHERE id = :key;
