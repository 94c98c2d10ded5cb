-- name: saveFile :execresult
INSERT INTO files (name, content, thumbnail, public, starred) VALUES (:name, :content, :thumbnail, :public, :starred);

-- name: publicFiles :many
SELECT id, content, thumbnail, public, starred, length(content) AS size, x'CAFE' AS magic,
       name LIKE '%.png' AS is_png, starred = TRUE AS is_starred
FROM files WHERE public = :public;

-- name: hasFiles :one
SELECT EXISTS (SELECT 1 FROM files WHERE content = :content);
