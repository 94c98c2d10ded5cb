-- name: numbers :many
WITH RECURSIVE counter(n) AS (
  SELECT 1
  UNION ALL
  SELECT n + 1 FROM counter WHERE n < :max
)
SELECT n FROM counter;

-- name: subtree :many
WITH RECURSIVE tree(id, name, depth) AS (
  SELECT id, name, 0 FROM categories WHERE id = :root
  UNION ALL
  SELECT c.id, c.name, t.depth + 1 FROM categories c JOIN tree t ON c.parent_id = t.id
)
SELECT id, name, depth FROM tree ORDER BY depth, name;

-- name: shiftingNull :many
WITH RECURSIVE r(a, b) AS (
  SELECT 1, 1
  UNION ALL
  SELECT b, NULL FROM r WHERE a IS NOT NULL LIMIT 5
)
SELECT a, b FROM r;
