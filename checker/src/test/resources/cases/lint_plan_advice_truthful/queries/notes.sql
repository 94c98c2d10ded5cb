-- name: searchNotes :many
SELECT id FROM notes WHERE title LIKE :pattern OR body LIKE :pattern;

-- name: notesByIdOrTitle :many
SELECT id FROM notes WHERE id > :id OR title LIKE :title;

-- name: notesAfterOrTitled :many
SELECT id FROM notes WHERE id >= :id OR title = :title ORDER BY title LIMIT 5;

-- name: noteIdsAbove :many
SELECT id FROM notes WHERE id > :id ORDER BY title LIMIT 5;

-- name: notesTitledOrderedByBody :many
SELECT id FROM notes WHERE title = :title ORDER BY body;
