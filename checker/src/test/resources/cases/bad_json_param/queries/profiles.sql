-- name: setPrefs :exec
-- json: prefs Preferences
UPDATE profiles SET prefs = :prefs WHERE id = :id;

-- name: setId :exec
-- json: id Prefs
UPDATE profiles SET id = :id WHERE name = :name;

-- name: setName :exec
-- json: nam Prefs
UPDATE profiles SET name = :name WHERE id = 1;
