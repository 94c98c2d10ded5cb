-- Accounts created in a window, newest first.
--
-- Both bounds are inclusive; a null name matches every account.
-- name: listAccounts :many
SELECT account_id, display_name
FROM accounts
WHERE created_at BETWEEN :created_after AND :created_before
  AND (:display_name IS NULL OR display_name = :display_name)
ORDER BY created_at DESC;

-- name: renameAccount :exec
UPDATE accounts SET display_name = :displayName WHERE account_id = :display_name;

-- Text the compiler would read differently in a text block:
-- a backslash, three quotes, blanks at the end of a line in a string.
-- name: oddText :many
SELECT account_id
FROM accounts
WHERE home_dir = 'C:\Users\'
   OR display_name = '"""'
   OR display_name = 'two blanks  
follow'
   OR display_name <> :class;

-- <b>Markup</b> & @tags are shown as written, not read: */ ends nothing.
-- name: findAccount :one
SELECT account_id, home_dir AS "dir"
FROM accounts
WHERE account_id = :ACCOUNT_ID;
