-- name: putSetting :exec
INSERT INTO settings (key, value) VALUES (:key, :value)
ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated = updated + 1;

-- name: hit :one
INSERT INTO counters (name, hits) VALUES (:name, 1)
ON CONFLICT (name) DO UPDATE SET hits = hits + 1
RETURNING hits;

-- name: insertIfMissing :exec
INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT DO NOTHING;
