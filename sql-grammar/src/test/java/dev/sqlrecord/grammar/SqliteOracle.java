package dev.sqlrecord.grammar;

import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * SQLite's own verdict on a statement's syntax, from preparing it with sqlite-jdbc on a database
 * that has the tables the corpus names.
 *
 * <p>Preparing does more than parsing, so SQLite's errors are classified. A statement is
 * <b>rejected</b> when SQLite says it is malformed as written, whatever the schema:
 * "syntax error" (which also covers "syntax error after column name"), "incomplete input",
 * "unrecognized token", and the checks on form that SQLite's parser makes while it reads:
 * "unknown join type", "unknown table option", "unsupported frame specification", "... clause
 * should come after ... not before" (ORDER BY or LIMIT inside a compound), "a JOIN clause is
 * required before ON/USING", and the forms refused inside triggers ("qualified table names are
 * not allowed", "... clause is not allowed on UPDATE or DELETE statements within triggers",
 * "cannot use RETURNING in a trigger"). Every other error is about meaning (no such table,
 * column, function or collation; wrong number of values; RAISE outside a trigger; a table that
 * already exists) and counts as syntactically <b>accepted</b>. Limits (SQLITE_MAX_*) are not
 * syntax and the corpus stays clear of them.
 *
 * <p>One caution the corpus follows: SQLite stops at the first error it raises, and a few
 * meaning errors are raised while parsing (CREATE of an existing name, a trigger or ALTER on a
 * missing table), which would hide a later syntax error; so statements create fresh names and
 * alter or trigger on existing tables.
 */
final class SqliteOracle implements AutoCloseable {
    private static final List<String> SYNTAX_MESSAGES = List.of(
            "syntax error",
            "incomplete input",
            "unrecognized token",
            "unknown join type",
            "unknown table option",
            "unsupported frame specification",
            "should come after",
            "a JOIN clause is required before",
            "qualified table names are not allowed",
            "statements within triggers",
            "cannot use RETURNING in a trigger");

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE t(a, b, c, d, e)",
            "CREATE TABLE u(a, b, c, d, e)",
            "CREATE TABLE t1(a INTEGER PRIMARY KEY, b TEXT, c REAL)",
            "CREATE TABLE t2(a INTEGER, b TEXT, c BLOB)",
            "CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, org_id INTEGER,"
                    + " status TEXT, data TEXT, created_at INTEGER, deleted_at INTEGER)",
            "CREATE TABLE posts(id INTEGER PRIMARY KEY, author_id INTEGER, title TEXT, body TEXT, published_at INTEGER)",
            "CREATE TABLE comments(id INTEGER PRIMARY KEY, post_id INTEGER, user_id INTEGER, body TEXT)",
            "CREATE TABLE orgs(id INTEGER PRIMARY KEY, name TEXT)",
            "CREATE INDEX i ON t(a)",
            "CREATE VIEW v AS SELECT a, b FROM t",
            "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END",
            "ATTACH ':memory:' AS aux",
            "CREATE TABLE aux.t3(a, b)");

    /**
     * Errors about meaning that SQLite raises while it is still parsing: after one of these it
     * stops, so a syntax error later in the statement goes unseen and the verdict says nothing.
     */
    private static final List<String> RAISED_WHILE_PARSING = List.of(
            "columns assigned",
            "error in generated column",
            "already exists",
            "unknown database",
            "reserved for internal use",
            "must be unqualified",
            "duplicate column name",
            "more than one primary key",
            "AUTOINCREMENT is only allowed",
            "default value of column",
            "generated column",
            "no such table",
            "may not be modified",
            "no such collation sequence",
            "should reference only one column");

    enum Verdict {
        ACCEPTED,
        REJECTED
    }

    record Answer(Verdict verdict, String message) {
        /** True when SQLite may have stopped before reading the whole statement. */
        boolean inconclusive() {
            return RAISED_WHILE_PARSING.stream().anyMatch(message::contains);
        }
    }

    private final Connection connection;

    SqliteOracle() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        }
    }

    Answer check(String sql) {
        if (GeneratedStatements.tokens(sql).stream().allMatch(t -> t.getType() == SQLiteLexer.SCOL)) {
            // Nothing but ';' and comments: SQLite prepares no statement (and sqlite-jdbc trips over that).
            return new Answer(Verdict.ACCEPTED, "");
        }
        try (PreparedStatement ignored = connection.prepareStatement(sql)) {
            return new Answer(Verdict.ACCEPTED, "");
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            boolean syntax = SYNTAX_MESSAGES.stream().anyMatch(message::contains);
            return new Answer(syntax ? Verdict.REJECTED : Verdict.ACCEPTED, message);
        }
    }

    /** The grammar's verdict, for comparison. */
    static Verdict grammar(String sql) {
        return SqlSyntax.parse(sql).hasErrors() ? Verdict.REJECTED : Verdict.ACCEPTED;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
