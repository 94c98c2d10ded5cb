-- name: soundsLike :many
SELECT id FROM posts WHERE soundex(title) = soundex(:name);
