package dev.sqlrecord.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tree keeps what the checker reads: every operator distinct, every clause in its place.
 * The first tests are the failures that made sqlc drop its ANTLR SQLite grammar (issue 3).
 */
class StructureTest {

    // ------------------------------------------------------------ sqlc's failures

    @Test
    void nullAfterATypeIsAConstraintNotPartOfTheType() {
        var table =
                statement("CREATE TABLE t (col TEXT NULL, other INT NOT NULL)").createTableStmt();
        assertEquals("TEXT", table.columnDefinition(0).typeName().getText());
        assertInstanceOf(
                SQLiteParser.NullConstraintContext.class,
                table.columnDefinition(0).columnConstraint(0).columnConstraintBody());
        assertEquals("INT", table.columnDefinition(1).typeName().getText());
        assertInstanceOf(
                SQLiteParser.NotNullConstraintContext.class,
                table.columnDefinition(1).columnConstraint(0).columnConstraintBody());
    }

    @Test
    void groupByIsKeptNextToWhere() {
        var core = core("SELECT a, count(*) FROM t WHERE b > 1 GROUP BY a, c HAVING count(*) > 1");
        assertNotNull(core.where);
        assertEquals(
                List.of("a", "c"),
                core.groupBy.stream().map(ExprContext::getText).toList());
        assertNotNull(core.having);
    }

    @ParameterizedTest
    @CsvSource({
        "<, ComparisonExpr",
        "<=, ComparisonExpr",
        ">, ComparisonExpr",
        ">=, ComparisonExpr",
        "=, EqualityExpr",
        "==, EqualityExpr",
        "<>, EqualityExpr",
        "!=, EqualityExpr"
    })
    void everyComparisonOperatorIsKept(String operator, String kind) {
        ExprContext e = expr("a " + operator + " b");
        assertEquals(kind + "Context", e.getClass().getSimpleName());
        assertEquals(operator, e.getChild(1).getText());
    }

    @Test
    void orderByDistinctAndRecursiveAreKept() {
        var select = statement("WITH RECURSIVE c(x) AS (SELECT 1) SELECT DISTINCT x FROM c ORDER BY x DESC")
                .selectStmt();
        assertNotNull(select.withClause().RECURSIVE_());
        assertNotNull(((SQLiteParser.PlainSelectContext) select.compoundSelect().selectCore(0)).DISTINCT_());
        assertNotNull(select.orderByClause().orderingTerm(0).DESC_());
    }

    @Test
    void upsertChainIsKept() {
        var insert = statement(
                        "INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO NOTHING "
                                + "ON CONFLICT (b) WHERE b > 0 DO UPDATE SET c = excluded.c WHERE c IS NULL ON CONFLICT DO NOTHING RETURNING a")
                .insertStmt();
        assertEquals(3, insert.upsertClause().size());
        assertEquals("a", insert.upsertClause(0).indexedColumn(0).getText());
        assertEquals(2, insert.upsertClause(1).expr().size());
        assertEquals("c", insert.upsertClause(1).setClause(0).name(0).getText());
        assertEquals(0, insert.upsertClause(2).indexedColumn().size());
        assertNotNull(insert.returningClause());
    }

    @Test
    void upsertAfterSelectNeedsAWhere() {
        var insert = statement("INSERT INTO t (a) SELECT a FROM u WHERE true ON CONFLICT DO NOTHING")
                .insertStmt();
        assertEquals(1, insert.upsertClause().size());
        assertTrue(SqlSyntax.parse("INSERT INTO t (a) SELECT a FROM u ON CONFLICT DO NOTHING")
                .hasErrors());
    }

    @Test
    void overAndFilterAreKept() {
        var call = ((SQLiteParser.FunctionExprContext)
                        expr("count(DISTINCT a ORDER BY b) FILTER (WHERE a > 0) OVER (PARTITION BY c ORDER BY d "
                                + "ROWS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE TIES)"))
                .functionCall();
        assertNotNull(call.DISTINCT_());
        assertNotNull(call.orderByClause());
        assertEquals("a>0", call.filterClause().expr().getText());
        var window = call.overClause().windowSpec();
        assertEquals(1, window.expr().size());
        assertNotNull(window.orderByClause());
        assertNotNull(window.frameSpec().frameStart().PRECEDING_());
        assertNotNull(window.frameSpec().frameEnd().CURRENT_());
        assertNotNull(window.frameSpec().TIES_());
    }

    // ------------------------------------------------------------ precedence (lang_expr.html)

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "a = b IS c                  ; IsExpr(EqualityExpr(a,b),c)",
                "a IS b = c                  ; EqualityExpr(IsExpr(a,b),c)",
                "a = b LIKE c                ; LikeExpr(EqualityExpr(a,b),c)",
                "a LIKE b = c                ; EqualityExpr(LikeExpr(a,b),c)",
                "a IN (1) = b                ; EqualityExpr(InExpr(a),b)",
                "a = b IN (1)                ; InExpr(EqualityExpr(a,b))",
                "a BETWEEN b AND c = d       ; EqualityExpr(BetweenExpr(a,b,c),d)",
                "a BETWEEN b = c AND d       ; BetweenExpr(a,EqualityExpr(b,c),d)",
                "a BETWEEN b AND c AND d     ; AndExpr(BetweenExpr(a,b,c),d)",
                "a ISNULL = b                ; EqualityExpr(NullTestExpr(a),b)",
                "a = b NOT NULL              ; NullTestExpr(EqualityExpr(a,b))",
                "a < b = c                   ; EqualityExpr(ComparisonExpr(a,b),c)",
                "a = b < c                   ; EqualityExpr(a,ComparisonExpr(b,c))",
                "a LIKE b ESCAPE c || d      ; LikeExpr(a,b,ConcatExpr(c,d))",
                "a LIKE b ESCAPE c = d       ; EqualityExpr(LikeExpr(a,b,c),d)",
                "a LIKE b < c                ; LikeExpr(a,ComparisonExpr(b,c))",
                "NOT a = b                   ; NotExpr(EqualityExpr(a,b))",
                "NOT a AND b                 ; AndExpr(NotExpr(a),b)",
                "a = NOT b = c               ; EqualityExpr(a,NotExpr(EqualityExpr(b,c)))",
                "NOT EXISTS (SELECT 1) = 0   ; NotExpr(EqualityExpr(SubqueryExpr,0))",
                "- a COLLATE x               ; CollateExpr(UnaryExpr(a))",
                "a || b COLLATE x            ; ConcatExpr(a,CollateExpr(b))",
                "a + b * c                   ; AddExpr(a,MultiplyExpr(b,c))",
                "a * b || c                  ; MultiplyExpr(a,ConcatExpr(b,c))",
                "a -> b ->> c                ; ConcatExpr(ConcatExpr(a,b),c)",
                "a & b + c                   ; BitExpr(a,AddExpr(b,c))",
                "a OR b AND c                ; OrExpr(a,AndExpr(b,c))",
                "a - b - c                   ; AddExpr(AddExpr(a,b),c)",
                "a IS NOT DISTINCT FROM b = c ; EqualityExpr(IsExpr(a,b),c)",
            })
    void groupsOperatorsAsSqliteDoes(String sql, String shape) {
        assertEquals(shape, shape(expr(sql)));
    }

    /** A compact picture of an expression tree: labels of operators, text of leaves. */
    private static String shape(ExprContext e) {
        List<ExprContext> operands = e.getRuleContexts(ExprContext.class);
        if (e instanceof SQLiteParser.ColumnExprContext || e instanceof SQLiteParser.LiteralExprContext) {
            return e.getText();
        }
        String name = e.getClass().getSimpleName().replace("Context", "");
        if (operands.isEmpty()) {
            return name;
        }
        return name + "("
                + String.join(",", operands.stream().map(StructureTest::shape).toList()) + ")";
    }

    // ------------------------------------------------------------ every clause in its place

    @Test
    void selectCoreKeepsEveryClause() {
        var core = core("SELECT ALL a AS x, b y, t.*, * FROM t JOIN u USING (a) LEFT JOIN v ON 1 WHERE a "
                + "GROUP BY a HAVING b WINDOW w AS (ORDER BY a), w2 AS (w)");
        assertNotNull(core.ALL_());
        assertEquals(4, core.resultColumn().size());
        assertEquals("x", ((SQLiteParser.ExprColumnContext) core.resultColumn(0)).alias.getText());
        assertEquals("y", ((SQLiteParser.ExprColumnContext) core.resultColumn(1)).alias.getText());
        assertInstanceOf(SQLiteParser.TableAllColumnsContext.class, core.resultColumn(2));
        assertInstanceOf(SQLiteParser.AllColumnsContext.class, core.resultColumn(3));
        assertEquals(
                List.of("JOIN", "LEFTJOIN"),
                core.fromClause().joinOperator().stream().map(o -> o.getText()).toList());
        assertEquals(2, core.fromClause().joinConstraint().size());
        assertEquals(2, core.windowDefinition().size());
    }

    @Test
    void compoundSelectKeepsOperatorsOrderAndLimit() {
        var select = statement("SELECT a FROM t UNION ALL SELECT b FROM u EXCEPT VALUES (1) INTERSECT SELECT 2 "
                        + "ORDER BY 1 LIMIT 5 OFFSET 2")
                .selectStmt();
        assertEquals(
                List.of("UNIONALL", "EXCEPT", "INTERSECT"),
                select.compoundSelect().compoundOperator().stream()
                        .map(o -> o.getText())
                        .toList());
        assertInstanceOf(
                SQLiteParser.ValuesSelectContext.class, select.compoundSelect().selectCore(2));
        assertEquals("5", select.limitClause().limit.getText());
        assertEquals("2", select.limitClause().offset.getText());
    }

    @Test
    void limitWithCommaPutsTheOffsetFirst() {
        var limit = statement("SELECT a FROM t LIMIT 5, 10").selectStmt().limitClause();
        assertEquals("5", limit.offset == null ? null : limit.limit.getText());
        assertNotNull(limit.COMMA());
    }

    @Test
    void withClauseKeepsMaterializedHints() {
        var with = statement("WITH a AS MATERIALIZED (SELECT 1), b(x) AS NOT MATERIALIZED (SELECT 2) SELECT 1")
                .selectStmt()
                .withClause();
        assertNotNull(with.commonTableExpression(0).MATERIALIZED_());
        assertNull(with.commonTableExpression(0).NOT_());
        assertNotNull(with.commonTableExpression(1).NOT_());
        assertEquals("x", with.commonTableExpression(1).name(1).getText());
    }

    @Test
    void updateKeepsEveryClause() {
        var update = statement("UPDATE OR IGNORE t AS x SET (a, b) = (1, 2), c = 3 FROM u WHERE x.a = u.a "
                        + "RETURNING a ORDER BY a LIMIT 1")
                .updateStmt();
        assertEquals("IGNORE", update.conflictResolution().getText());
        assertEquals("x", update.alias.getText());
        assertEquals(2, update.setClause(0).name().size());
        assertNotNull(update.fromClause());
        assertNotNull(update.where);
        assertNotNull(update.returningClause());
        assertNotNull(update.orderByClause());
        assertNotNull(update.limitClause());
    }

    @Test
    void deleteKeepsEveryClause() {
        var delete = statement("WITH c AS (SELECT 1) DELETE FROM main.t AS x INDEXED BY i WHERE a "
                        + "RETURNING * ORDER BY a LIMIT 1")
                .deleteStmt();
        assertNotNull(delete.withClause());
        assertEquals("main", delete.qualifiedName().schema.getText());
        assertEquals("x", delete.alias.getText());
        assertNotNull(delete.INDEXED_());
        assertNotNull(delete.where);
        assertNotNull(delete.returningClause());
        assertNotNull(delete.orderByClause());
        assertNotNull(delete.limitClause());
    }

    @Test
    void createTableKeepsConstraintsAndOptions() {
        var table = statement(
                        "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, total INT GENERATED ALWAYS AS (a + b) STORED, "
                                + "c TEXT AS (lower(b)), d REFERENCES u (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, "
                                + "PRIMARY KEY (a) UNIQUE (b) CHECK (a > 0) ON CONFLICT FAIL) STRICT, WITHOUT ROWID")
                .createTableStmt();
        assertNotNull(((SQLiteParser.PrimaryKeyConstraintContext)
                        table.columnDefinition(0).columnConstraint(0).columnConstraintBody())
                .AUTOINCREMENT_());
        assertEquals("INT", table.columnDefinition(1).typeName().getText());
        assertInstanceOf(
                SQLiteParser.GeneratedConstraintContext.class,
                table.columnDefinition(1).columnConstraint(0).columnConstraintBody());
        assertInstanceOf(
                SQLiteParser.GeneratedConstraintContext.class,
                table.columnDefinition(2).columnConstraint(0).columnConstraintBody());
        assertInstanceOf(
                SQLiteParser.ReferencesConstraintContext.class,
                table.columnDefinition(3).columnConstraint(0).columnConstraintBody());
        assertEquals(3, table.tableConstraint().size());
        assertNotNull(table.tableConstraint(2).CHECK_());
        assertEquals(
                List.of("STRICT", "WITHOUTROWID"),
                table.tableOption().stream().map(o -> o.getText()).toList());
    }

    @Test
    void triggerKeepsItsBody() {
        var trigger = statement("CREATE TRIGGER tr BEFORE UPDATE OF a, b ON t FOR EACH ROW WHEN new.a > 0 BEGIN "
                        + "SELECT RAISE(ABORT, 'no'); INSERT INTO u VALUES (1); UPDATE u SET a = 1; DELETE FROM u; END")
                .createTriggerStmt();
        assertEquals(4, trigger.triggerBodyStatement().size());
        assertNotNull(trigger.expr());
        assertNotNull(trigger.triggerBodyStatement(3).triggerDeleteStmt());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ALTER TABLE t RENAME TO u              | RenameTableContext",
                "ALTER TABLE t RENAME COLUMN a TO b     | RenameColumnContext",
                "ALTER TABLE t ADD COLUMN c TEXT        | AddColumnContext",
                "ALTER TABLE t DROP COLUMN c            | DropColumnContext",
                "ALTER TABLE t ADD CONSTRAINT k CHECK (a > 0) | AddCheckContext",
                "ALTER TABLE t DROP CONSTRAINT k        | DropConstraintContext",
                "ALTER TABLE t ALTER COLUMN a SET NOT NULL | AlterColumnContext",
            })
    void alterTableActionsAreDistinct(String sql, String kind) {
        assertEquals(
                kind,
                statement(sql).alterTableStmt().alterTableAction().getClass().getSimpleName());
    }

    @Test
    void explainQueryPlanIsKept() {
        var statement = statement("EXPLAIN QUERY PLAN SELECT 1");
        assertNotNull(statement.EXPLAIN_());
        assertNotNull(statement.PLAN_());
        assertNotNull(statement.selectStmt());
    }

    @Test
    void keywordsAndQuotedNamesReadAsNames() {
        var core = core("SELECT \"select\", [from], `where`, key, left, replace(a, 'x', 'y') FROM t AS end");
        assertEquals(
                "\"select\"",
                ((SQLiteParser.ColumnExprContext) ((SQLiteParser.ExprColumnContext) core.resultColumn(0)).expr())
                        .columnRef()
                        .column
                        .getText());
        assertInstanceOf(
                SQLiteParser.ColumnExprContext.class, ((SQLiteParser.ExprColumnContext) core.resultColumn(4)).expr());
        assertInstanceOf(
                SQLiteParser.FunctionExprContext.class, ((SQLiteParser.ExprColumnContext) core.resultColumn(5)).expr());
    }

    // ------------------------------------------------------------ helpers

    static SQLiteParser.StatementContext statement(String sql) {
        ParsedSql parsed = SqlSyntax.parse(sql);
        assertEquals(List.of(), parsed.errors(), sql);
        return parsed.tree().statementList().statement(0);
    }

    static SQLiteParser.PlainSelectContext core(String sql) {
        return (SQLiteParser.PlainSelectContext)
                statement(sql).selectStmt().compoundSelect().selectCore(0);
    }

    static ExprContext expr(String expression) {
        return ((SQLiteParser.ExprColumnContext) core("SELECT " + expression).resultColumn(0)).expr();
    }
}
