-- name: displayNames :many
SELECT coalesce(nickname, full_name) AS display_name,
       ifnull(age, 0) AS age,
       coalesce(nickname, age) AS mixed,
       coalesce(score, age) AS score_or_age,
       nullif(nickname, '') AS nickname
FROM profiles;

-- name: patchProfile :exec
UPDATE profiles SET nickname = coalesce(:nickname, nickname), age = ifnull(:age, age) WHERE id = :id;
