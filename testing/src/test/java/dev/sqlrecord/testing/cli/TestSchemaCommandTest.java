package dev.sqlrecord.testing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code sqlrecord test-schema}, found by the checker's CLI on the class path. */
class TestSchemaCommandTest {
    private static final String PLANTED = "src/test/resources/schema-defects/planted/migrations";
    private static final String FIXED = "src/test/resources/schema-defects/fixed/migrations";

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
    void failsThePlantedDefectsWithTheSeedAndPassesTheFixedSchema() {
        assertEquals(1, run("test-schema", "--migrations", PLANTED, "--seed", "7"));
        assertTrue(out().startsWith("test-schema: seed 7\n"), out());
        assertTrue(
                out().contains(PLANTED + "/0001_shop.sql:29:24: error: [default-violates-check] the DEFAULT 'new' of"
                        + " orders.status fails a CHECK of the table"),
                out());
        assertTrue(out().contains("    -- seed 7; reproduce with sqlite3:\n    PRAGMA foreign_keys = ON;\n"), out());
        assertEquals(0, run("test-schema", "--migrations", FIXED, "--target", "d1"));
        assertEquals("test-schema: seed 20261202\nsatisfiable: ok, enforced: ok, actions: ok, preserves: ok\n", out());
    }

    @Test
    void aCodeLoweredToWarningIsListedWithoutFailing() {
        assertEquals(0, run("test-schema", "--migrations", FIXED, "--lint", "default-collides=warning"));
        assertEquals(
                1,
                run(
                        "test-schema",
                        "--migrations",
                        PLANTED,
                        "--lint",
                        "default-collides=warning",
                        "--lint",
                        "check-accepts-everything=off"));
        assertTrue(out().contains("0001_shop.sql:5:36: warning: [default-collides]"), out());
        assertFalse(out().contains("check-accepts-everything"), out());
    }

    @Test
    void refusesBadUsageWithExitCode2() {
        assertEquals(2, run("test-schema"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--migrations is required"));
        assertEquals(2, run("test-schema", "--migrations", FIXED, "--examples", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--examples must be at least 1: 0"));
        assertEquals(2, run("test-schema", "--migrations", FIXED, "--seed", "x"));
        assertEquals(2, run("test-schema", "--migrations", FIXED, "--lint", "nope=error"));
        assertTrue(err.toString(StandardCharsets.UTF_8)
                .contains("       sqlrecord test-schema --migrations DIR [--queries DIR [--sources DIR]..."
                        + " [--package NAME]]"));
        assertEquals(2, run("test-schema", "--migrations", FIXED, "--d1", "--target", "sqlite"));
        assertTrue(err.toString(StandardCharsets.UTF_8)
                .contains("--d1 runs the properties on D1: it goes with --target d1, not sqlite"));
    }
}
