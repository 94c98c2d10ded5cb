-- name: postStats :one
SELECT count(*) AS posts, max(published_at) AS latest, group_concat(title, ', ') AS titles,
       coalesce(sum(length(title)), 0) AS characters, unixepoch() AS now
FROM posts WHERE author_id = :authorId;

-- name: titlesUpper :many
SELECT upper(substr(title, 1, 10)) AS short, round(abs(published_at) / 86400.0, 1) AS days,
       json_object('id', id, 'title', title) AS doc, datetime(published_at, 'unixepoch') AS at
FROM posts WHERE author_id = :authorId ORDER BY id;

-- name: foreignKeysOn :exec
PRAGMA foreign_keys = ON;

-- name: deferForeignKeys :exec
PRAGMA defer_foreign_keys = ON;

-- name: columnsOfPosts :many
SELECT name FROM pragma_table_info('posts') ORDER BY cid;
