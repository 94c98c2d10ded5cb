package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ground truth of the checker's D1 rules for target {@code d1} ({@code d1-unsupported-syntax},
 * {@code d1-unsupported-function}): each statement the checker reports runs on SQLite through
 * sqlite-jdbc (the SQLite the check runs on) and fails on the real local D1, for the reason the
 * rule gives; each form the checker lets pass runs on both. The statements are those of the
 * checker's cases {@code lint_d1_unsupported_syntax*} and {@code lint_d1_unsupported_function_newer}.
 * (The 100,000-byte statement limit is not sent here: the D1 executor refuses such a statement
 * before sending it, for the same limit.)
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class D1RefusesD1Test {
    private static final List<String> USERS = List.of(
            "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL"
                    + " UNIQUE, name TEXT, age INTEGER, CONSTRAINT age_not_negative CHECK (age >= 0))",
            "CREATE INDEX users_lower_email ON users (lower(email))");
    /** A LIKE pattern is only matched, and refused, when there is a row to match. */
    private static final List<String> ONE_USER = Stream.concat(
                    USERS.stream(),
                    Stream.of("INSERT INTO users (email, name, age) VALUES ('ada@example.com', 'Ada', 36)"))
            .toList();

    private static final List<String> DOCS =
            List.of("CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT, size REAL)");

    /** A statement, the schema it needs, and the text D1's error must contain (null: D1 runs it). */
    private record Case(String rule, List<String> schema, String sql, String d1Error) {}

    private static final List<Case> REFUSED = List.of(
            new Case(
                    "d1-unsupported-syntax",
                    USERS,
                    "ALTER TABLE users ADD CONSTRAINT adult CHECK (age >= 18)",
                    "syntax error"),
            new Case("d1-unsupported-syntax", USERS, "ALTER TABLE users ADD CHECK (length(email) > 3)", "syntax error"),
            new Case(
                    "d1-unsupported-syntax",
                    USERS,
                    "ALTER TABLE users DROP CONSTRAINT age_not_negative",
                    "syntax error"),
            new Case(
                    "d1-unsupported-syntax", USERS, "ALTER TABLE users ALTER COLUMN name SET NOT NULL", "syntax error"),
            new Case("d1-unsupported-syntax", USERS, "ALTER TABLE users ALTER email DROP NOT NULL", "syntax error"),
            new Case("d1-unsupported-syntax", USERS, "REINDEX EXPRESSIONS", "unable to identify the object"),
            new Case(
                    "d1-unsupported-syntax",
                    List.of(),
                    "CREATE VIRTUAL TABLE places USING rtree(id, min_x, max_x)",
                    "not authorized"),
            new Case("d1-unsupported-syntax", List.of(), "CREATE TEMP TABLE scratch (x INTEGER)", "not authorized"),
            new Case(
                    "d1-unsupported-syntax",
                    USERS,
                    "CREATE TEMPORARY VIEW adults AS SELECT id FROM users",
                    "not authorized"),
            new Case(
                    "d1-unsupported-syntax",
                    List.of(),
                    "SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"
                            + " UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6",
                    "too many terms in compound SELECT"),
            new Case("d1-unsupported-syntax", List.of(), "SELECT iif(1 > 0, 'yes')", "wrong number of arguments"),
            new Case(
                    "d1-unsupported-syntax", List.of(), "SELECT iif(0, 'a', 1, 'b', 'c')", "wrong number of arguments"),
            new Case("d1-unsupported-syntax", List.of(), "VACUUM", "cannot VACUUM"),
            new Case("d1-unsupported-syntax", List.of(), "ATTACH DATABASE ':memory:' AS archive", "not authorized"),
            new Case(
                    "d1-unsupported-syntax",
                    ONE_USER,
                    "SELECT id FROM users WHERE email LIKE '%@" + "a".repeat(45) + ".example.com'",
                    "LIKE or GLOB pattern too complex"),
            new Case(
                    "d1-unsupported-syntax",
                    ONE_USER,
                    "SELECT id FROM users WHERE glob('*" + "b".repeat(50) + "', name)",
                    "LIKE or GLOB pattern too complex"),
            new Case("d1-unsupported-syntax", List.of(), wideTable(101), "too many columns"),
            new Case("d1-unsupported-function", DOCS, "SELECT ceiling(size) FROM docs", "not authorized"),
            new Case("d1-unsupported-function", DOCS, "SELECT power(size, 2) FROM docs", "not authorized"),
            new Case("d1-unsupported-function", DOCS, "SELECT log10(size) FROM docs", "not authorized"),
            new Case(
                    "d1-unsupported-function",
                    DOCS,
                    "SELECT if(size > 10, 'big', 'small') FROM docs",
                    "no such function"),
            new Case("d1-unsupported-function", List.of(), "SELECT unistr('\\u00e9t\\u00e9')", "no such function"),
            new Case("d1-unsupported-function", DOCS, "SELECT json_pretty(body) FROM docs", "not authorized"),
            new Case(
                    "d1-unsupported-function",
                    List.of(),
                    "CREATE TABLE checked (body TEXT" + " CHECK (json_error_position(body) = 0))",
                    "not authorized"),
            new Case(
                    "d1-unsupported-function",
                    DOCS,
                    "SELECT json_array_insert(body, '$[0]', 1) FROM docs",
                    "no such function"),
            new Case(
                    "d1-unsupported-function",
                    List.of(),
                    "SELECT key, value FROM jsonb_each('[1, 2]')",
                    "no such table"));

    private static final List<Case> ACCEPTED = List.of(
            new Case("d1-unsupported-syntax", USERS, "ALTER TABLE users ADD COLUMN nickname TEXT", null),
            new Case("d1-unsupported-syntax", USERS, "ALTER TABLE users RENAME COLUMN name TO full_name", null),
            new Case("d1-unsupported-syntax", USERS, "ALTER TABLE users DROP COLUMN name", null),
            new Case("d1-unsupported-syntax", USERS, "REINDEX users_lower_email", null),
            new Case(
                    "d1-unsupported-syntax",
                    List.of("CREATE VIRTUAL TABLE notes USING fts5(body)"),
                    "CREATE VIRTUAL TABLE note_words USING fts5vocab(notes, row)",
                    null),
            new Case(
                    "d1-unsupported-syntax",
                    List.of(),
                    "SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3" + " UNION ALL SELECT 4 UNION ALL SELECT 5",
                    null),
            new Case("d1-unsupported-syntax", List.of(), "SELECT iif(1 > 0, 'yes', NULL)", null),
            new Case(
                    "d1-unsupported-syntax",
                    ONE_USER,
                    "SELECT id FROM users WHERE email LIKE '%@" + "a".repeat(36) + ".example.com'",
                    null),
            new Case("d1-unsupported-syntax", List.of(), wideTable(100), null),
            new Case(
                    "d1-unsupported-function",
                    DOCS,
                    "SELECT ceil(size), pow(size, 2), log(size), json_extract(body,"
                            + " '$.a'), jsonb_set('{}', '$.a', 1) FROM docs",
                    null));

    /** A table of {@code columns} columns. */
    private static String wideTable(int columns) {
        return IntStream.range(0, columns)
                .mapToObj(i -> "c" + i + " INTEGER")
                .collect(Collectors.joining(", ", "CREATE TABLE wide (", ")"));
    }

    @TestFactory
    Stream<DynamicTest> whatTheCheckerReportsRunsOnSqliteAndFailsOnD1() {
        return REFUSED.stream()
                .map(c -> DynamicTest.dynamicTest(c.rule() + ": " + c.sql(), () -> {
                    runsOnSqlite(c);
                    SqlRecordException e = assertThrows(SqlRecordException.class, () -> runOnD1(c), "D1 ran it");
                    assertTrue(e.getMessage().contains(c.d1Error()), e.getMessage());
                }));
    }

    @TestFactory
    Stream<DynamicTest> whatTheCheckerLetsPassRunsOnBoth() {
        return ACCEPTED.stream()
                .map(c -> DynamicTest.dynamicTest(c.rule() + " lets pass: " + c.sql(), () -> {
                    runsOnSqlite(c);
                    assertDoesNotThrow(() -> runOnD1(c));
                }));
    }

    private static void runsOnSqlite(Case c) {
        try (Database sqlite = Database.open("jdbc:sqlite::memory:")) {
            c.schema().forEach(sqlite::exec);
            assertDoesNotThrow(() -> sqlite.exec(c.sql()), "SQLite (sqlite-jdbc) must run it");
        }
    }

    private static void runOnD1(Case c) {
        try (Database d1 = LocalD1.get().freshDatabase()) {
            c.schema().forEach(d1::exec);
            d1.exec(c.sql());
        }
    }
}
