-- name: nameLengths :many
SELECT id, length(name) FROM events;

-- name: selfJoin :many
SELECT a.id, b.id FROM events a JOIN events b ON b.id = a.id + 1;
