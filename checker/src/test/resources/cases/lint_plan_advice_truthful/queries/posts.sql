-- name: byIdRange :many
SELECT title FROM posts WHERE id > :low AND id < :high;

-- name: byIdOrTitle :many
SELECT id FROM posts WHERE id = :id OR title = :title;

-- name: byRowidNotEqual :many
SELECT id FROM posts WHERE id != :id ORDER BY id LIMIT 10;

-- name: byTagLabelLike :many
SELECT uses FROM tags WHERE label LIKE :label;

-- name: search :many
SELECT id FROM posts WHERE title LIKE :pattern OR body LIKE :pattern;

-- name: byAuthorNewest :many
SELECT id FROM posts WHERE author_id = :author ORDER BY created_at DESC;

-- name: byAuthorsNewest :many
SELECT id FROM posts WHERE author_id IN (:authors) ORDER BY created_at;

-- name: byAuthorByTitle :many
SELECT id FROM posts WHERE author_id = :author ORDER BY created_at, title;

-- name: byIdPlusOne :many
SELECT title FROM posts WHERE id + 1 = :id;
