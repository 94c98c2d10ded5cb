package dev.sqlrecord.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlSyntaxTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT 1",
                "SELECT * FROM users WHERE email = :email AND deleted_at IS NULL",
                "SELECT p.id, p.title, u.name AS author_name FROM posts p JOIN users u ON u.id = p.author_id"
                        + " WHERE p.published_at > :since ORDER BY p.published_at DESC LIMIT :limit",
                "UPDATE users SET name = :name, updated_at = unixepoch() WHERE id = :id",
                "INSERT INTO users (email, name) VALUES (?, ?) ON CONFLICT (email) DO UPDATE SET name = excluded.name"
                        + " RETURNING id",
                "INSERT INTO t DEFAULT VALUES",
                "REPLACE INTO t(a) SELECT b FROM u WHERE true ON CONFLICT DO NOTHING",
                "DELETE FROM posts WHERE id IN (:ids) RETURNING *",
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) SELECT x FROM c",
                "WITH a AS MATERIALIZED (SELECT 1) SELECT * FROM a",
                "SELECT a FROM t UNION SELECT b FROM u INTERSECT SELECT c FROM v EXCEPT SELECT d FROM w ORDER BY 1",
                "VALUES (1, 2), (3, 4)",
                "SELECT count(*), count(DISTINCT a), group_concat(b, ',' ORDER BY b) FILTER (WHERE c > 0) FROM t",
                "SELECT row_number() OVER (PARTITION BY a ORDER BY b ROWS BETWEEN 1 PRECEDING AND CURRENT ROW"
                        + " EXCLUDE NO OTHERS) FROM t",
                "SELECT sum(x) OVER w FROM t WINDOW w AS (ORDER BY y)",
                "SELECT CASE WHEN a THEN 1 WHEN b THEN 2 ELSE 3 END, CASE x WHEN 1 THEN 'a' END FROM t",
                "SELECT CAST(a AS INTEGER), a COLLATE NOCASE, a NOT LIKE 'x%' ESCAPE '\\', a GLOB 'x*' FROM t",
                "SELECT a IS NOT DISTINCT FROM b, a ISNULL, a NOTNULL, a NOT NULL, a BETWEEN 1 AND 2 AND b FROM t",
                "SELECT a FROM t WHERE (a, b) IN (SELECT 1, 2) AND c NOT IN () AND d IN tbl AND e IN json_each(?)",
                "SELECT EXISTS (SELECT 1), NOT EXISTS (SELECT 2), data ->> '$.a', data -> 'b' FROM t",
                "SELECT x'00ff', 0x1F, 1_000_000, 1.5e3, .5, ?1, ?, @a, $b FROM t",
                "SELECT \"select\", `from`, [where], key, rowid, replace(a, 'x', 'y'), like(a, b) FROM t",
                "SELECT * FROM a LEFT OUTER JOIN b USING (id) NATURAL JOIN c CROSS JOIN d, e FULL JOIN f ON 1",
                "SELECT * FROM t INDEXED BY i, u NOT INDEXED, (SELECT 1) AS s, (a JOIN b ON 1), json_each('[]') AS j",
                "SELECT * FROM t ORDER BY a NULLS LAST, b DESC NULLS FIRST LIMIT 10 OFFSET 5",
                "SELECT * FROM t LIMIT 5, 10",
                "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE,"
                        + " status TEXT NOT NULL DEFAULT 'free' CHECK (status IN ('free', 'pro')),"
                        + " org_id INTEGER REFERENCES orgs(id) ON DELETE CASCADE, created_at INTEGER DEFAULT (unixepoch()),"
                        + " v VARYING CHARACTER(10), n NUMERIC(10, 2), total INT GENERATED ALWAYS AS (a + b) STORED,"
                        + " CONSTRAINT pk UNIQUE (email, org_id) ON CONFLICT REPLACE,"
                        + " FOREIGN KEY (org_id) REFERENCES orgs (id) DEFERRABLE INITIALLY DEFERRED) STRICT, WITHOUT ROWID",
                "CREATE TEMP TABLE t AS SELECT 1",
                "CREATE UNIQUE INDEX IF NOT EXISTS i ON t (a COLLATE NOCASE DESC, lower(b)) WHERE a IS NOT NULL",
                "CREATE VIEW v (a, b) AS SELECT 1, 2",
                "CREATE TRIGGER tr AFTER UPDATE OF a ON t FOR EACH ROW WHEN new.a > 0 BEGIN"
                        + " UPDATE t SET b = 1 WHERE id = new.id; SELECT RAISE(ABORT, 'no'); END",
                "CREATE VIRTUAL TABLE f USING fts5(title, body, tokenize = 'porter unicode61')",
                "ALTER TABLE t RENAME TO u",
                "ALTER TABLE t RENAME COLUMN a TO b",
                "ALTER TABLE t ADD COLUMN c TEXT",
                "ALTER TABLE t DROP COLUMN c",
                "DROP TABLE IF EXISTS t",
                "DROP INDEX i",
                "DROP VIEW v",
                "DROP TRIGGER tr",
                "PRAGMA foreign_keys = ON",
                "PRAGMA table_info(users)",
                "PRAGMA main.user_version",
                "BEGIN",
                "BEGIN IMMEDIATE TRANSACTION",
                "COMMIT",
                "END TRANSACTION",
                "ROLLBACK TO SAVEPOINT s",
                "SAVEPOINT s",
                "RELEASE s",
                "ANALYZE",
                "VACUUM INTO 'x.db'",
                "REINDEX t",
                "ATTACH 'a.db' AS a",
                "DETACH a",
                "EXPLAIN QUERY PLAN SELECT 1",
                "UPDATE OR IGNORE t SET (a, b) = (1, 2) FROM u WHERE t.id = u.id RETURNING a ORDER BY a LIMIT 1",
                "SELECT 1; SELECT 2;;",
            })
    void acceptsValidSql(String sql) {
        ParsedSql parsed = SqlSyntax.parse(sql);
        assertEquals(List.of(), parsed.errors(), sql);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELEC 1",
                "SELECT FROM",
                "SELECT * FROM t WHERE",
                "INSERT INTO t VALUES",
                "SELECT (1",
                "CREATE TABLE t (a INT,)",
                "SELECT 1 +",
                "UPDATE t SET",
                "SELECT * FROM t ORDER a",
            })
    void rejectsInvalidSql(String sql) {
        assertTrue(SqlSyntax.parse(sql).hasErrors(), sql);
    }

    @Test
    void reportsLineColumnAndWhatWasExpected() {
        ParsedSql parsed = SqlSyntax.parse("SELECT a\nFROM t\nWHERE a = = 1");
        SyntaxError error = parsed.errors().get(0);
        assertEquals(3, error.line());
        assertEquals(11, error.column());
        assertTrue(error.message().startsWith("near \"=\": syntax error"), error.message());
    }

    @Test
    void reportsEverySyntaxErrorOfAScript() {
        ParsedSql parsed = SqlSyntax.parse("SELECT 1 FROM;\nSELECT 2;\nSELEC 3;");
        assertTrue(parsed.errors().size() >= 2, parsed.errors().toString());
        assertEquals(1, parsed.errors().get(0).line());
        assertEquals(3, parsed.errors().get(parsed.errors().size() - 1).line());
    }

    @Test
    void typeNameStopsAtConstraintKeywords() {
        SQLiteParser.ParseContext tree = SqlSyntax.parse("CREATE TABLE t (a TEXT NULL, b INT GENERATED ALWAYS AS (1))")
                .tree();
        var table = tree.statementList().statement(0).createTableStmt();
        assertEquals("TEXT", table.columnDefinition(0).typeName().getText());
        assertEquals("INT", table.columnDefinition(1).typeName().getText());
        assertFalse(table.columnDefinition(0).columnConstraint().isEmpty());
    }

    @Test
    void keepsGroupByWithWhereAndDistinctOperators() {
        var core = (SQLiteParser.PlainSelectContext)
                SqlSyntax.parse("SELECT a FROM t WHERE a < 1 AND b >= 2 AND c <> 3 GROUP BY a HAVING count(*) > 1")
                        .tree()
                        .statementList()
                        .statement(0)
                        .selectStmt()
                        .compoundSelect()
                        .selectCore(0);
        assertEquals(1, core.groupBy.size());
        assertTrue(core.having != null);
        var and = (SQLiteParser.AndExprContext) core.where;
        assertEquals("<>", ((SQLiteParser.EqualityExprContext) and.expr(1)).op.getText());
    }

    @Test
    void betweenBindsItsOwnAnd() {
        var column = (SQLiteParser.ExprColumnContext)
                ((SQLiteParser.PlainSelectContext) SqlSyntax.parse("SELECT a BETWEEN 1 AND 2 AND b")
                                .tree()
                                .statementList()
                                .statement(0)
                                .selectStmt()
                                .compoundSelect()
                                .selectCore(0))
                        .resultColumn(0);
        var and = (SQLiteParser.AndExprContext) column.expr();
        assertTrue(
                and.expr(0) instanceof SQLiteParser.BetweenExprContext,
                and.expr(0).getText());
    }
}
