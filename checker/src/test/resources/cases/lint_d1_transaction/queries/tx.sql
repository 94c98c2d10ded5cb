-- name: begin :exec
BEGIN TRANSACTION;

-- name: savepoint :exec
SAVEPOINT before_import;

-- name: release :exec
RELEASE before_import;

-- name: commit :exec
COMMIT;

-- name: rollback :exec
ROLLBACK;
