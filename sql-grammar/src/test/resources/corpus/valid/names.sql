# Names: the four quoting styles, keywords SQLite lets stand as names, unicode, strings as names
SELECT "a" FROM "t"
SELECT [a] FROM [t]
SELECT `a` FROM `t`
SELECT "a""b" FROM t
SELECT `a``b` FROM t
SELECT [a"b] FROM t
SELECT [a b] FROM t
SELECT "select" FROM t
SELECT [from] FROM t
SELECT `where` FROM t
SELECT "" FROM t
SELECT [] FROM t
SELECT a AS "select" FROM t
SELECT a AS [from] FROM t
SELECT a AS 'order' FROM t
SELECT "t"."a", [t].[b], `t`.`c` FROM t
SELECT key, value FROM json_each('{}')
SELECT abort, action, after, analyze, asc, attach, before, begin, by, cascade FROM t
SELECT column, conflict, current, database, deferred, desc, detach, do, each, end FROM t
SELECT exclude, exclusive, explain, fail, first, following, for, generated, groups, if FROM t
SELECT ignore, immediate, initially, instead, key, last, materialized, no, nulls, of FROM t
SELECT offset, others, partition, plan, pragma, preceding, query, range, recursive, reindex FROM t
SELECT release, rename, replace, restrict, rollback, row, rows, savepoint, temp, temporary FROM t
SELECT ties, trigger, unbounded, vacuum, view, virtual, with, without, window, over, filter FROM t
SELECT cross, full, inner, left, natural, outer, right, indexed FROM t
SELECT glob, like, match, regexp FROM t
SELECT rowid, oid, strict, stored, within FROM t
SELECT a AS key, b AS value, c AS end, d AS left, e AS indexed FROM t
SELECT a key, b value, c end, d replace FROM t
SELECT * FROM t AS left
SELECT * FROM t AS key JOIN u AS value ON key.a = value.a
SELECT * FROM t key
SELECT * FROM t window
SELECT * FROM t over
SELECT * FROM t filter
SELECT a over FROM t
SELECT a window FROM t
SELECT a filter FROM t
SELECT count(*) filter FROM t
SELECT count(*) over FROM t
SELECT count(*) over w FROM t WINDOW w AS ()
SELECT * FROM t WHERE key = 1 AND replace = 2
SELECT max(key) FROM t GROUP BY action ORDER BY end
SELECT left(1), right(1), replace('a', 'b', 'c'), key(1), if(1, 2)
SELECT left.a FROM t AS left
SELECT t.key FROM t
SELECT main.t.key FROM t
CREATE TABLE key (value, end, replace)
CREATE TABLE left (right, full, cross)
CREATE TABLE nt ("table" TEXT, [index] INT, `order` REAL)
CREATE TABLE "quoted ""name""" (a)
CREATE TABLE [with space] (a)
CREATE TABLE nt (a TEXT, b TEXT) WITHOUT ROWID
CREATE TABLE tëst (naïve TEXT, 名前 TEXT)
SELECT 名前 FROM t
SELECT a$b FROM t
SELECT _a, a_, a1 FROM t
WITH key AS (SELECT 1) SELECT * FROM key
WITH left AS (SELECT 1) SELECT * FROM left
SELECT * FROM t WHERE a = :key AND b = @end AND c = $replace
UPDATE t SET key = 1
INSERT INTO t (key, value) VALUES (1, 2)
SAVEPOINT key
SAVEPOINT end
RELEASE end
ROLLBACK TO end
PRAGMA key
PRAGMA key = value
SELECT * FROM t INDEXED BY key
SELECT sum(a) OVER over FROM t WINDOW over AS ()
SELECT sum(a) OVER window FROM t WINDOW window AS ()
SELECT a COLLATE key FROM t
CREATE INDEX key ON t (a)
CREATE VIEW key AS SELECT 1
CREATE TRIGGER key AFTER INSERT ON t BEGIN SELECT 1; END
ALTER TABLE t RENAME COLUMN a TO key
ALTER TABLE t ADD key INT
ATTACH 'x' AS key
DETACH key
SELECT true FROM t
SELECT false.a FROM t AS false
SELECT * FROM t AS true
CREATE TABLE true (false)
SELECT "true", [false]
