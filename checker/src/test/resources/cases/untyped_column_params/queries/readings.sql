-- name: addReading :exec
INSERT INTO readings (sensor, payload) VALUES (:sensor, :payload);

-- name: readingsWithPayload :many
SELECT id, sensor, payload FROM readings WHERE payload = :payload ORDER BY id;

-- name: addSample :exec
INSERT INTO samples (value, note) VALUES (:value, :note);

-- name: samplesOf :many
SELECT id, value, note FROM samples WHERE value = :value ORDER BY id;
