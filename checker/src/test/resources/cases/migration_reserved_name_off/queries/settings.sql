-- name: setting :one
SELECT v FROM _cf_settings WHERE k = :k;
