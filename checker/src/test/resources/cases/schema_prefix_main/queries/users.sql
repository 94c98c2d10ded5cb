-- A 'main.' prefix names the one database sqlrecord checks: typed as without it.
-- name: namesAbove :many
SELECT main.users.name, u.email FROM main.users JOIN main.users AS u USING (id) WHERE main.users.id > :minId ORDER BY id;

-- name: userById :one
SELECT name FROM main.users WHERE id = :id;
