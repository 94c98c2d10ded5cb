-- Each of these may return no row: the method returns an Optional.

-- name: countIfAny :one
SELECT count(*) FROM accounts HAVING count(*) > 0;

-- name: countPerName :one
SELECT count(*) FROM accounts WHERE name = :name GROUP BY name;

-- name: countSkipping :one
SELECT count(*) FROM accounts LIMIT 1 OFFSET :skip;

-- name: countLimitedToNone :one
SELECT count(*) FROM accounts LIMIT 0;

-- name: countLimitedTo :one
SELECT count(*) FROM accounts LIMIT :limit;

-- name: countOfBoth :one
SELECT count(*) FROM accounts UNION ALL SELECT count(*) FROM tags;

-- name: answerIf :one
SELECT 42 AS answer WHERE :flag = 1;

-- name: accountById :one
SELECT name FROM accounts WHERE id = :id;

-- name: addAccountUnlessTaken :one
INSERT OR IGNORE INTO accounts (id, name) VALUES (:id, :name) RETURNING id;

-- name: addTagUnlessTaken :one
INSERT INTO tags (label, uses) VALUES (:label, 1) ON CONFLICT (label) DO NOTHING RETURNING uses;

-- name: useTagBelowTen :one
INSERT INTO tags (label, uses) VALUES (:label, 1)
ON CONFLICT (label) DO UPDATE SET uses = uses + 1 WHERE uses < 10
RETURNING uses;

-- name: addHandle :one
INSERT INTO handles (handle) VALUES (:handle) RETURNING handle;

-- name: addNote :one
INSERT INTO notes (body) VALUES (:body) RETURNING id;

-- name: copyName :one
INSERT INTO tags (label, uses) SELECT name, 0 FROM accounts WHERE id = :id RETURNING label;

-- name: renameAccount :one
UPDATE accounts SET name = :name WHERE id = :id RETURNING name;

-- name: dropTag :one
DELETE FROM tags WHERE label = :label RETURNING uses;
