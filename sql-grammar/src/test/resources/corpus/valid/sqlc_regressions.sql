# The sqlc failures named in issue 3, as statements that must parse (their trees are pinned in StructureTest)
CREATE TABLE nt (col TEXT NULL)
CREATE TABLE nt (col TEXT NULL, other INT NOT NULL)
CREATE TABLE nt (col VARCHAR(10) NULL DEFAULT NULL)
SELECT a FROM t WHERE b = 1 GROUP BY a
SELECT a, count(*) FROM t WHERE b > 1 GROUP BY a HAVING count(*) > 1
SELECT a FROM t WHERE a < 1 AND b <= 2 AND c > 3 AND d >= 4 AND e <> 5 AND a != 6 AND b == 7 AND c = 8
SELECT a FROM t ORDER BY a DESC
SELECT DISTINCT a FROM t
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5) SELECT x FROM c
INSERT INTO t1 (a, b) VALUES (1, 'x') ON CONFLICT (a) DO UPDATE SET b = excluded.b
SELECT sum(a) OVER (PARTITION BY b ORDER BY c) FROM t
SELECT count(*) FILTER (WHERE a > 0) FROM t
