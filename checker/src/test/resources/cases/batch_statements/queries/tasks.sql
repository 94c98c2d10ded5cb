-- Each query also gets a static <name>Statement(...) factory for Database#batch.
-- name: addTask :execresult
INSERT INTO tasks (title, note) VALUES (:title, :note);

-- name: finishTasks :exec
UPDATE tasks SET done = 1 WHERE id IN (:ids);

-- name: findTask :one
SELECT id, title, note FROM tasks WHERE id = :id;

-- name: countTasks :one
SELECT count(*) FROM tasks;

-- name: tasksByIds :many
SELECT id, title, note FROM tasks WHERE id IN (:ids) ORDER BY id;
