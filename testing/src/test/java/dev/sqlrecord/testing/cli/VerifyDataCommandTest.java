package dev.sqlrecord.testing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code sqlrecord verify-data}, found by the checker's CLI on the class path. */
class VerifyDataCommandTest {
    /** Real drizzle-kit output: a rebuild of a parent whose children cascade. */
    private static final Path DRIZZLE_REBUILD =
            Path.of("../checker/src/test/resources/cases/migration_rebuild_cascade_drizzle_d1/migrations");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void failsTheRebuildForD1AndPassesItForSqlite() {
        assertEquals(1, run("verify-data", "--migrations", DRIZZLE_REBUILD.toString(), "--target", "d1"));
        assertTrue(
                out().contains("0001_email_required.sql:8:1: error: [migration-data-loss] 0001_email_required.sql"
                        + " does not name table posts, yet on D1 it lost 6 of 6 rows"),
                out());
        assertTrue(out().endsWith("data preservation: failed\n"), out());
        assertEquals(0, run("verify-data", "--migrations", DRIZZLE_REBUILD.toString(), "--target", "sqlite"));
        assertEquals("data preservation: ok\n", out());
    }

    @Test
    void isListedInTheUsageAndRefusesAMissingFolderOption() {
        assertEquals(2, run("verify-data"));
        String usage = err.toString(StandardCharsets.UTF_8);
        assertTrue(usage.contains("--migrations is required"), usage);
        assertTrue(usage.contains("       sqlrecord verify-data --migrations DIR [--target sqlite|d1]\n"), usage);
    }
}
