package dev.sqlrecord.checker.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.Checker;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D1 takes at most 100,000 bytes of SQL per statement (a case folder would need a file that long):
 * a longer migration statement or query is a {@code d1-unsupported-syntax} error for target d1.
 */
class D1StatementLengthTest {
    @TempDir
    Path project;

    /** {@code INSERT INTO notes VALUES ('xxx...')} of exactly {@code bytes} bytes, multi-byte characters included. */
    private static String insertOf(int bytes) {
        String head = "INSERT INTO notes (body) VALUES ('é";
        String tail = "')";
        return head
                + "x".repeat(bytes - head.getBytes(java.nio.charset.StandardCharsets.UTF_8).length - tail.length())
                + tail;
    }

    private List<Diagnostic> check(String seed, String query, Target target) throws Exception {
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        Path queries = Files.createDirectories(project.resolve("queries"));
        Files.writeString(
                migrations.resolve("0001_notes.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n");
        Files.writeString(migrations.resolve("0002_seed.sql"), seed + ";\n");
        Files.writeString(queries.resolve("notes.sql"), "-- name: addNote :exec\n" + query + ";\n");
        return new Checker()
                        .check(new CheckRequest(
                                project,
                                Path.of("migrations"),
                                Path.of("queries"),
                                List.of(),
                                "com.example.db",
                                null,
                                null,
                                target))
                        .diagnostics()
                        .stream()
                        .filter(d -> d.code().equals(Rule.D1_UNSUPPORTED_SYNTAX.code()))
                        .toList();
    }

    @Test
    void aStatementOverOneHundredThousandBytesIsAnErrorForD1() throws Exception {
        List<Diagnostic> found = check(insertOf(100_001), insertOf(100_002), Target.D1);

        assertEquals(
                List.of("migrations/0002_seed.sql:1:1", "queries/notes.sql:2:1"),
                found.stream()
                        .map(d -> d.file() + ":" + d.line() + ":" + d.column())
                        .toList());
        assertEquals(
                "this statement has 100001 bytes of SQL, but D1 takes at most 100000 (statement too long);"
                        + " split it, or bind the values as parameters",
                found.get(0).message());
    }

    @Test
    void oneHundredThousandBytesPassAndSqliteHasNoSuchLimit() throws Exception {
        assertEquals(List.of(), check(insertOf(100_000), insertOf(100_000), Target.D1));
        assertEquals(List.of(), check(insertOf(100_001), insertOf(100_001), Target.SQLITE));
    }
}
