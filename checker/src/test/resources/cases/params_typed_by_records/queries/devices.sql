-- name: device :one -> Device
SELECT id, serial FROM devices WHERE id = :id;

-- name: deviceLabel :one -> DeviceLabel
SELECT id, serial FROM devices WHERE id = :id;

-- Device reads serial as a UUID, DeviceLabel as text: the parameter stays String, with a warning.
-- name: deviceBySerial :many
SELECT id FROM devices WHERE serial = :serial ORDER BY id;
