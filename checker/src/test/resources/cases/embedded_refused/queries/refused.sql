-- Folding needs the parent's primary key (users.id) in the select list.
-- name: withoutKey :many -> UserWithPosts
SELECT 0 AS id, u.name, u.admin, p.* FROM users u LEFT JOIN posts p ON p.author_id = u.id;

-- Folding needs all rows.
-- name: foldOne :one -> UserWithPosts
SELECT u.*, p.* FROM users u JOIN posts p ON p.author_id = u.id WHERE p.id = :id;

-- One column short of what UserPost reads.
-- name: tooFew :many -> UserPost
SELECT u.*, p.id, p.author_id, p.title, p.status FROM users u LEFT JOIN posts p ON p.author_id = u.id;

-- A post that may be missing typed as always there.
-- name: notOptional :many -> com.example.app.PostWithUser
SELECT u.*, p.* FROM users u LEFT JOIN posts p ON p.author_id = u.id;

-- name: scoreOnly :many -> UserScore
SELECT u.*, p.score FROM users u LEFT JOIN posts p ON p.author_id = u.id;

-- name: twice :many -> Twice
SELECT u.*, p.*, q.* FROM users u LEFT JOIN posts p ON p.author_id = u.id LEFT JOIN posts q ON q.author_id = u.id;

-- name: selfEmbedding :many -> Thread
SELECT u.id, p.id FROM users u LEFT JOIN posts p ON p.author_id = u.id;
