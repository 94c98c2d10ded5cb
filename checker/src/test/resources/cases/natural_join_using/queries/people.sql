-- name: badgesUsing :many
SELECT * FROM people p JOIN badges b USING (person_id);

-- name: badgesNatural :many
SELECT * FROM people p NATURAL LEFT JOIN badges b;

-- name: sharedColumn :many
SELECT person_id, label FROM people AS p LEFT JOIN badges AS b USING (person_id);
