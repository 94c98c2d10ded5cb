-- name: usersNamed :many
SELECT * FROM users WHERE name = :name ORDER BY id;

-- name: setting :one
SELECT value FROM settings WHERE name = :name;

-- name: clearNotes :exec
DELETE FROM notes;

-- sqlrecord:ignore full-scan
-- name: notesContaining :many
SELECT id, body FROM notes WHERE body LIKE :pattern ORDER BY id;
