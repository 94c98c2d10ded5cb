-- One VALUES row of parameters into a table: its list form may send many elements in one
-- multi-row INSERT (model.json: "multiRowInsert": true; the Query constant: .multiRowInsert()).
-- name: insertPost :exec
INSERT INTO posts (author_id, title) VALUES (:author_id, :title);

-- name: addAuthor :exec
INSERT INTO authors (name) VALUES (:name);

-- Not one of those: a value computed in the statement.
-- name: insertPostAt :exec
INSERT INTO posts (author_id, title, created_at) VALUES (:author_id, :title, unixepoch() - :age);

-- name: insertTag :exec
INSERT INTO tags (name) VALUES (:name);

-- name: insertDraft :exec
INSERT INTO drafts (title) VALUES (:title);

-- name: insertTitle :exec
INSERT INTO titles (title) VALUES (:title);

-- name: addAuthorOnce :exec
INSERT INTO authors (name) VALUES (:name) ON CONFLICT (name) DO NOTHING;

-- name: replaceAuthor :exec
INSERT OR REPLACE INTO authors (id, name) VALUES (:id, :name);

-- name: addAuthorReturningRowid :execresult
INSERT INTO authors (name) VALUES (:name);

-- name: copyPosts :exec
INSERT INTO posts (author_id, title) SELECT author_id, title || ' (copy)' FROM posts WHERE author_id = :author_id;

-- name: addAuthorsTwo :exec
INSERT INTO authors (name) VALUES (:first), (:second);
