-- name: clock :one
SELECT unixepoch() AS now_epoch, date() AS today, CURRENT_TIMESTAMP AS now_text, julianday('now') AS julian;

-- name: loginDays :many
SELECT id, date(at) AS day, datetime(epoch, 'unixepoch') AS stamp, strftime('%Y', at) AS year
FROM logins WHERE at >= :since;
