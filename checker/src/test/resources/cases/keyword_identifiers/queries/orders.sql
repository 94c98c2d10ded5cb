-- name: byClass :many
SELECT "id", "group" AS group_name, "order".[class] AS class_name, "select" AS selected, `default` AS is_default
FROM "order" WHERE "class" = :class AND "select" > :int;

-- name: setGroup :exec
UPDATE "order" SET "group" = :new WHERE "id" = :this;

-- name: unitPrice :one
SELECT li.[unit price] FROM "line item" AS "li" WHERE li."order id" = @id;

-- name: all :many
SELECT * FROM "order";
