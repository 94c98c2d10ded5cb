package dev.sqlrecord.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<String> sql(String script) {
        return StatementSplitter.split(script).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsOnSemicolonsAndTrims() {
        assertEquals(
                List.of("CREATE TABLE a (x)", "INSERT INTO a VALUES (1)", "SELECT 1"),
                sql("CREATE TABLE a (x);\n\n  INSERT INTO a VALUES (1) ;SELECT 1"));
    }

    @Test
    void semicolonsInsideLiteralsIdentifiersAndCommentsDoNotSplit() {
        String script = "INSERT INTO t VALUES ('a;b', 'it''s; fine', x'3B');\n"
                + "SELECT \"semi;colon\", `back;tick`, [brack;et] FROM t;\n"
                + "SELECT 1 /* block; comment */ + 2 -- line; comment\n;";
        assertEquals(
                List.of(
                        "INSERT INTO t VALUES ('a;b', 'it''s; fine', x'3B')",
                        "SELECT \"semi;colon\", `back;tick`, [brack;et] FROM t",
                        "SELECT 1 /* block; comment */ + 2 -- line; comment"),
                sql(script));
    }

    @Test
    void commentOnlyAndEmptyStatementsDisappear() {
        assertEquals(List.of(), sql(""));
        assertEquals(List.of(), sql("-- Migration number: 0001 \t 2026-11-24T05:48:43.000Z\n"));
        assertEquals(List.of("SELECT 1"), sql(";;\n-- nothing;\n/* nothing; */ SELECT 1;;  -- tail"));
    }

    @Test
    void drizzleStatementBreakpointsAreComments() {
        String script = "CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY NOT NULL\n);\n"
                + "--> statement-breakpoint\n"
                + "CREATE UNIQUE INDEX `users_email_unique` ON `users` (`id`);--> statement-breakpoint\n"
                + "PRAGMA foreign_keys=ON;";
        List<SqlStatement> statements = StatementSplitter.split(script);
        assertEquals(
                List.of(
                        "CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY NOT NULL\n)",
                        "CREATE UNIQUE INDEX `users_email_unique` ON `users` (`id`)",
                        "PRAGMA foreign_keys=ON"),
                statements.stream().map(SqlStatement::sql).toList());
        assertEquals(
                List.of(1, 5, 6), statements.stream().map(SqlStatement::line).toList());
    }

    @Test
    void triggerBodiesStayTogether() {
        String trigger = "CREATE TRIGGER posts_touch AFTER UPDATE ON posts\n"
                + "FOR EACH ROW WHEN new.title <> old.title BEGIN\n"
                + "  UPDATE posts SET updated = CASE WHEN new.id > 0 THEN 1 ELSE 0 END WHERE id = new.id;\n"
                + "  INSERT INTO log VALUES ('end; begin');\n"
                + "END";
        String temp =
                "create temp trigger if not exists t2 before delete on posts begin select raise(abort, 'no;'); end";
        assertEquals(
                List.of("CREATE TABLE posts (id)", trigger, temp, "SELECT 2"),
                sql("CREATE TABLE posts (id);\n" + trigger + ";\n" + temp + ";\nSELECT 2;"));
    }

    @Test
    void endAfterSemicolonWithCommentBetweenClosesTheBody() {
        String script = "CREATE TEMPORARY TRIGGER t AFTER INSERT ON a BEGIN\n"
                + "  DELETE FROM b; -- cleanup;\n"
                + "  /* done */ END;\nSELECT 3";
        List<String> statements = sql(script);
        assertEquals(2, statements.size());
        assertEquals("SELECT 3", statements.get(1));
    }

    @Test
    void beginOutsideTriggersIsAnOrdinaryStatement() {
        assertEquals(
                List.of("CREATE TABLE begin_end (x)", "BEGIN TRANSACTION", "SELECT end FROM x", "COMMIT"),
                sql("CREATE TABLE begin_end (x); BEGIN TRANSACTION; SELECT end FROM x; COMMIT;"));
        // a table named like the keyword does not make a trigger
        assertEquals(
                List.of("CREATE TABLE trigger_log (x)", "SELECT 1"), sql("CREATE TABLE trigger_log (x); SELECT 1"));
    }

    @Test
    void linesAreThoseWhereStatementsStart() {
        String script = "-- header\n\nCREATE TABLE a (\n  x\n);\n/* c\n */ INSERT INTO a\nVALUES (1);\r\nSELECT 1;";
        assertEquals(
                List.of(3, 7, 9),
                StatementSplitter.split(script).stream().map(SqlStatement::line).toList());
    }

    @Test
    void migrationWrapperIsStripped() {
        String dump =
                "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE a (x);\nINSERT INTO a VALUES(1);\nCOMMIT;\n";
        List<SqlStatement> statements = StatementSplitter.splitMigration(dump);
        assertEquals(
                List.of("PRAGMA foreign_keys=OFF", "CREATE TABLE a (x)", "INSERT INTO a VALUES(1)"),
                statements.stream().map(SqlStatement::sql).toList());
        assertEquals(
                List.of(1, 3, 4), statements.stream().map(SqlStatement::line).toList());
        assertEquals(
                List.of("CREATE TABLE a (x)"),
                StatementSplitter.splitMigration("begin  transaction;\nCREATE TABLE a (x);\ncommit;").stream()
                        .map(SqlStatement::sql)
                        .toList());
    }

    @Test
    void onlyOneWrapperIsStrippedAndCommitOnlyWithIt() {
        assertEquals(
                List.of("CREATE TABLE a (x)", "COMMIT"),
                StatementSplitter.splitMigration("CREATE TABLE a (x); COMMIT;").stream()
                        .map(SqlStatement::sql)
                        .toList());
        assertEquals(
                List.of("SELECT 1", "BEGIN TRANSACTION", "SELECT 2"),
                StatementSplitter.splitMigration("BEGIN TRANSACTION; SELECT 1; BEGIN TRANSACTION; SELECT 2; COMMIT;")
                        .stream()
                        .map(SqlStatement::sql)
                        .toList());
    }

    @Test
    void firstKeyword() {
        assertEquals("BEGIN", StatementSplitter.firstKeyword("begin immediate"));
        assertEquals("SAVEPOINT", StatementSplitter.firstKeyword("SAVEPOINT x"));
        assertEquals("", StatementSplitter.firstKeyword("(SELECT 1)"));
    }
}
