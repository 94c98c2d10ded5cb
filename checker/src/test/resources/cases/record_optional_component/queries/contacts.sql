-- name: findContact :one -> Contact
SELECT id, name, phone, age FROM contacts WHERE id = :id;

-- name: allContacts :many -> Contact
SELECT id, name, phone, age FROM contacts ORDER BY name;
