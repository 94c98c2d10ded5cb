# UPDATE: OR-conflict, qualified-table-name, SET forms, FROM, WHERE, RETURNING, ORDER BY, LIMIT
UPDATE t SET a = 1
UPDATE t SET a = 1 WHERE b = 2
UPDATE t SET a = 1, b = 2
UPDATE t SET a == 1
UPDATE t SET (a, b) = (1, 2)
UPDATE t SET (a, b) = (SELECT a, b FROM u)
UPDATE t SET (a) = (1)
UPDATE t SET a = 1, (b, c) = (2, 3), d = 4
UPDATE main.t SET a = 1
UPDATE t AS x SET a = x.b
UPDATE t INDEXED BY i SET a = 1
UPDATE t NOT INDEXED SET a = 1
UPDATE t AS x INDEXED BY i SET a = 1
UPDATE OR ROLLBACK t SET a = 1
UPDATE OR ABORT t SET a = 1
UPDATE OR FAIL t SET a = 1
UPDATE OR IGNORE t SET a = 1
UPDATE OR REPLACE t SET a = 1
UPDATE t SET a = u.a FROM u WHERE t.b = u.b
UPDATE t SET a = s.x FROM (SELECT 1 AS x) AS s
UPDATE t SET a = u.a FROM u JOIN t1 ON t1.a = u.a WHERE u.b = t.b
UPDATE t SET a = j.value FROM json_each('[1]') AS j
UPDATE t SET a = 1 RETURNING *
UPDATE t SET a = 1 WHERE b = 2 RETURNING a, b
UPDATE t SET a = 1 ORDER BY b LIMIT 1
UPDATE t SET a = 1 WHERE b = 2 ORDER BY b DESC LIMIT 10 OFFSET 2
UPDATE t SET a = 1 LIMIT 1
UPDATE t SET a = 1 LIMIT 5, 10
UPDATE t SET a = 1 RETURNING a ORDER BY a LIMIT 1
UPDATE t SET a = 1 WHERE b = 2 RETURNING * ORDER BY a
WITH c AS (SELECT 1 AS x) UPDATE t SET a = (SELECT x FROM c)
WITH c AS (SELECT 1 AS x) UPDATE t SET a = c.x FROM c
UPDATE users SET name = :name, updated_at = unixepoch() WHERE id = :id
UPDATE users SET deleted_at = unixepoch() WHERE id IN (:ids) RETURNING id
UPDATE posts SET title = trim(title) WHERE title LIKE ' %' OR title LIKE '% '
UPDATE t SET a = CASE WHEN b > 0 THEN 1 ELSE 0 END
UPDATE t SET a = NULL WHERE a IS NOT NULL
UPDATE t SET a = a + 1 WHERE rowid = last_insert_rowid()
UPDATE aux.t3 SET a = 1
UPDATE t SET "a" = 1, [b] = 2, `c` = 3, 'd' = 4
UPDATE t SET a = excluded FROM u AS excluded
