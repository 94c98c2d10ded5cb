-- Each of these returns exactly one row whatever the data: the method returns the row itself.

-- name: countByName :one
SELECT count(*) FROM accounts WHERE name = :name;

-- name: accountStats :one
SELECT count(*) AS accounts, total(score) AS score_total, max(id) AS last_id FROM accounts;

-- name: countUpToFive :one
SELECT count(*) FROM accounts LIMIT 5;

-- name: answer :one
SELECT 40 + 2 AS answer;

-- name: addAccount :one
INSERT INTO accounts (name, score) VALUES (:name, :score) RETURNING id, name;

-- name: useTag :one
INSERT INTO tags (label, uses) VALUES (:label, 1)
ON CONFLICT (label) DO UPDATE SET uses = uses + 1
RETURNING uses;

-- name: resetTag :one
REPLACE INTO tags (label, uses) VALUES (:label, 0) RETURNING uses;

-- name: addEvent :one
INSERT INTO events DEFAULT VALUES RETURNING id, kind;

-- Proven too, but its one value may be NULL (no accounts): it stays an Optional, empty then.
-- name: lastId :one
SELECT max(id) FROM accounts;
