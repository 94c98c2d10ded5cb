-- name: eventIds :many
SELECT id FROM events;

-- name: markIds :many
SELECT id FROM marks;
