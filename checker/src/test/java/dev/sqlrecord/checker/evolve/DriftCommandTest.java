package dev.sqlrecord.checker.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.cli.Main;
import dev.sqlrecord.runtime.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift} and {@code status --fail-on-pending} from the command line: their exit codes gate a deploy. */
class DriftCommandTest {
    @TempDir
    Path dir;

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
    void pendingThenMigratedThenDrifted() throws IOException {
        Path migrations = DriftBehaviour.migrations(dir);
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        String folder = migrations.toString();

        assertEquals(0, run("status", "--migrations", folder, "--url", url));
        assertEquals(1, run("status", "--migrations", folder, "--url", url, "--fail-on-pending"));
        assertEquals("pending 0001_init.sql\n", out());
        assertEquals(1, run("drift", "--migrations", folder, "--url", url));
        assertTrue(out().startsWith("table authors: in the migrations, missing from the database\n"), out());

        assertEquals(0, run("migrate", "--migrations", folder, "--url", url));
        assertEquals(0, run("status", "--migrations", folder, "--url", url, "--fail-on-pending"));
        assertEquals(0, run("drift", "--migrations", folder, "--url", url));
        assertEquals("no drift\n", out());

        try (Database db = Database.open(url)) {
            db.exec("ALTER TABLE tags ADD COLUMN color TEXT");
        }
        assertEquals(1, run("drift", "--migrations", folder, "--url", url));
        assertEquals("column tags.color: in the database, not in the migrations\n1 difference(s)\n", out());

        Files.writeString(migrations.resolve("0001_init.sql"), "-- edited\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, run("status", "--migrations", folder, "--url", url, "--fail-on-pending"));
        assertEquals("changed 0001_init.sql\n", out());
    }

    @Test
    void pullThenDriftIsClean() throws IOException {
        String url = "jdbc:sqlite:" + dir.resolve("old.db");
        try (Database db = Database.open(url)) {
            db.exec("CREATE TABLE items (sku TEXT PRIMARY KEY, qty INTEGER NOT NULL) WITHOUT ROWID");
        }
        Path out = dir.resolve("adopted");
        assertEquals(0, run("pull", "--url", url, "--out", out.toString()));
        assertTrue(out().contains("0001_baseline.sql"), out());
        assertEquals(0, run("drift", "--migrations", out.resolve("migrations").toString(), "--url", url));
        assertEquals(1, run("pull", "--url", url, "--out", out.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already holds migrations"));
    }

    @Test
    void brokenMigrationIsReportedAtItsLine() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("m"));
        Files.writeString(
                migrations.resolve("0001_a.sql"), "CREATE TABLE a (id INTEGER PRIMARY KEY);\nSELECT nope FROM a;\n");
        assertEquals(1, run("drift", "--migrations", migrations.toString(), "--url", "jdbc:sqlite::memory:"));
        assertTrue(
                err.toString(StandardCharsets.UTF_8).contains("0001_a.sql:2:"), err.toString(StandardCharsets.UTF_8));
    }
}
