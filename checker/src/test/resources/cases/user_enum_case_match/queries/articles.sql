-- name: addArticle :execresult
INSERT INTO articles (title, status, audience) VALUES (:title, :status, :audience);

-- name: findArticle :one -> Article
SELECT id, title, status, audience FROM articles WHERE id = :id;

-- name: articlesIn :many -> Article
SELECT id, title, status, audience FROM articles WHERE status IN (:statuses) ORDER BY id;

-- name: countWithAudience :one
SELECT count(*) FROM articles WHERE (:audience IS NULL OR audience = :audience);

-- name: statusOf :one
SELECT status FROM articles WHERE id = :id;

-- name: setStatus :exec
UPDATE articles SET status = :status WHERE id = :id;
