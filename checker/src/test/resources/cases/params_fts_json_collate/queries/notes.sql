-- name: Search :many
SELECT rowid, title, body FROM notes_fts WHERE notes_fts MATCH :q ORDER BY rank;

-- name: ByFtsTitle :many
SELECT rowid FROM notes_fts WHERE title = :title;

-- name: ByColumnMatch :many
SELECT rowid FROM notes_fts WHERE body MATCH :term;

-- name: AddFts :exec
INSERT INTO notes_fts (title, body) VALUES (:title, :body);

-- name: ByEmail :many
SELECT id FROM notes WHERE email = :email COLLATE NOCASE;

-- name: ByMeta :many
SELECT id FROM notes WHERE json_extract(meta, '$.kind') = :kind;

-- name: PatchMeta :exec
UPDATE notes SET meta = json_patch(meta, :patch) WHERE id = :id;
