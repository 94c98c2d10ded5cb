-- name: addProfile :execresult
INSERT INTO profiles (name, prefs, tags) VALUES (:name, :prefs, :tags);

-- name: findProfile :one -> Profile
SELECT id, name, prefs, tags FROM profiles WHERE id = :id;

-- name: profilesNamed :many -> Profile
SELECT id, name, prefs, tags FROM profiles WHERE name = :name ORDER BY id;

-- name: setPrefs :exec
UPDATE profiles SET prefs = :prefs WHERE id = :id;

-- name: countProfiles :one
SELECT count(*) FROM profiles;

-- name: savePrefs :exec
-- json: prefs Prefs
-- json: tags List<String>
UPDATE profiles SET prefs = :prefs, tags = :tags WHERE id = :id;
