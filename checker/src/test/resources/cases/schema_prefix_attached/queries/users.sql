-- name: otherNames :many
SELECT name FROM other.users;

-- name: otherColumn :many
SELECT other.users.name FROM main.users JOIN other.users USING (id);

-- name: tempTable :many
SELECT name FROM temp.sqlite_master;

-- name: mainNames :many
SELECT main.users.name FROM main.users WHERE main.users.id > :minId;
