-- name: addArticle :execresult
INSERT INTO articles (author_id, title, status) VALUES (:authorId, :title, :status);

-- name: articleState :one
SELECT status, audience FROM articles WHERE id = :id;

-- name: author :one
SELECT name, bio FROM authors WHERE id = :id;
