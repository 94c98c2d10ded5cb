-- name: finishTask :exec
UPDATE tasks SET done = 1 WHERE id = :id;

-- The factory of finishTask is already called finishTaskStatement.
-- name: finishTaskStatement :exec
DELETE FROM tasks WHERE id = :id;
