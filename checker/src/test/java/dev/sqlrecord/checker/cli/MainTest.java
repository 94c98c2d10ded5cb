package dev.sqlrecord.checker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final Path CASES = Path.of("src/test/resources/cases").toAbsolutePath();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void checkReportsEveryMistakeAndExitsOne() {
        Path c = CASES.resolve("broken_queries");
        int code = run(
                "check",
                "--migrations",
                c.resolve("migrations").toString(),
                "--queries",
                c.resolve("queries").toString(),
                "--sources",
                c.resolve("records").toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, printed);
        assertTrue(printed.contains("queries/users.sql:2:8: error: [unknown-column] no such column: nmae"), printed);
        assertTrue(printed.contains("queries/users.sql:8:33: error: [syntax-error]"), printed);
        assertTrue(printed.contains(" errors, 0 warnings"), printed);
    }

    @Test
    void checkWritesCodeAndModelAndExitsZero(@TempDir Path temp) throws IOException {
        Path c = CASES.resolve("basic_crud");
        Path model = temp.resolve("model.json");
        int code = run(
                "check",
                "--migrations",
                c.resolve("migrations").toString(),
                "--queries",
                c.resolve("queries").toString(),
                "--sources",
                c.resolve("records").toString(),
                "--package",
                "x.db",
                "--out",
                temp.resolve("gen").toString(),
                "--model",
                model.toString(),
                "--target",
                "d1");
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(temp.resolve("gen/x/db/UsersQueries.java")));
        assertTrue(Files.readString(model).contains("\"resultType\" : \"x.db.UsersRow\""));
    }

    @Test
    void lintLevelsComeFromTheCommandLine() {
        Path c = CASES.resolve("lint_full_scan");
        String[] base = {
            "check",
            "--migrations",
            c.resolve("migrations").toString(),
            "--queries",
            c.resolve("queries").toString()
        };
        assertEquals(0, run(base));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("warning: [full-scan]"));
        String[] raised = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(base),
                        java.util.stream.Stream.of("--lint", "full-scan=error", "--small-tables", "users"))
                .toArray(String[]::new);
        out.reset();
        assertEquals(1, run(raised));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("error: [full-scan] full scan of posts"), printed);
        assertTrue(!printed.contains("full scan of users"), printed);
        assertTrue(
                printed.matches(
                        "(?s).*checked 1 migration and \\d+ queries: \\d+ errors, 0 warnings, 1 info \\(\\d+ ms\\)\\n"),
                printed);
        assertEquals(2, run("check", "--migrations", "m", "--queries", "q", "--lint", "nope=error"));
    }

    @Test
    void parseReportsSyntaxErrorsAndExitsOne(@TempDir Path temp) throws IOException {
        Path good = Files.writeString(temp.resolve("good.sql"), "SELECT 1;\nCREATE TABLE t (a INT);\n");
        Path bad = Files.writeString(temp.resolve("bad.sql"), "SELECT 1;\nSELEC 2;\n");
        assertEquals(0, run("parse", good.toString()));
        assertEquals(1, run("parse", good.toString(), bad.toString()));
        assertTrue(
                out.toString(StandardCharsets.UTF_8).contains("bad.sql:2:1: error: [syntax-error] near \"SELEC\""),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void parseReportsAFileThatIsNotUtf8AndGoesOnWithTheOthers(@TempDir Path temp) throws IOException {
        Path latin1 = Files.write(
                temp.resolve("latin1.sql"), "SELECT 1;\n-- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path bad = Files.writeString(temp.resolve("bad.sql"), "SELEC 2;\n");
        assertEquals(1, run("parse", latin1.toString(), bad.toString()));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(
                report.contains("latin1.sql:2:7: error: [invalid-encoding] the file is not valid UTF-8 (byte 0xE9"),
                report);
        assertTrue(report.contains("bad.sql:1:1: error: [syntax-error]"), report);
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run());
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("check", "--queries", "q"));
        assertEquals(2, run("check", "--migrations", "m", "--queries", "q", "--target", "postgres"));
        assertEquals(2, run("parse"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: sqlrecord check"));
    }
}
