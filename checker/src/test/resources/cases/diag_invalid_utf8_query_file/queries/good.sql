-- The other file is still checked: its mistake is reported too.
-- name: ages :many
SELECT agee FROM users;
