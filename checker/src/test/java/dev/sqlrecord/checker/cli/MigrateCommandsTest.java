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

/** {@code migrate}, {@code status} and {@code new-migration} from the command line. */
class MigrateCommandsTest {
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
    void newMigrationThenMigrateThenStatus() throws IOException {
        Path migrations = dir.resolve("migrations");
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        assertEquals(0, run("new-migration", "--migrations", migrations.toString(), "--name", "create users"));
        Path first = migrations.resolve("0001_create_users.sql");
        assertEquals(first.toString(), out().trim());
        assertTrue(
                Files.readString(first).matches("-- Migration number: 0001 \t \\d{4}-.*Z\n"), Files.readString(first));
        Files.writeString(
                first, "CREATE TABLE users (id INTEGER PRIMARY KEY);\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, run("new-migration", "--migrations", migrations.toString(), "--name", "posts"));
        Path second = migrations.resolve("0002_posts.sql");
        Files.writeString(
                second, "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n", java.nio.file.StandardOpenOption.APPEND);

        assertEquals(0, run("status", "--migrations", migrations.toString(), "--url", url));
        assertEquals("pending 0001_create_users.sql\npending 0002_posts.sql\n", out());
        assertEquals(0, run("migrate", "--migrations", migrations.toString(), "--url", url));
        assertEquals("applied 0001_create_users.sql\napplied 0002_posts.sql\n2 applied\n", out());
        Files.writeString(second, "-- edited\n", java.nio.file.StandardOpenOption.APPEND);
        Files.delete(first);
        assertEquals(0, run("status", "--migrations", migrations.toString(), "--url", url));
        assertEquals("changed 0002_posts.sql\nmissing 0001_create_users.sql\n", out());
        assertEquals(1, run("migrate", "--migrations", migrations.toString(), "--url", url));
        assertTrue(
                err.toString(StandardCharsets.UTF_8).contains("0002_posts.sql"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void databaseMustBeNamedAndNeverDefaultsToRemote() {
        assertEquals(2, run("migrate", "--migrations", dir.toString()));
        assertEquals(2, run("status", "--migrations", dir.toString(), "--url", "jdbc:sqlite::memory:", "--d1"));
    }

    @Test
    void mixedFolderIsAnError() throws IOException {
        Files.writeString(dir.resolve("V1__a.sql"), "");
        Files.writeString(dir.resolve("0002_b.sql"), "");
        assertEquals(1, run("migrate", "--migrations", dir.toString(), "--url", "jdbc:sqlite::memory:"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("0002_b.sql"));
    }

    /** A real drizzle-kit rebuild of users, whose posts are ON DELETE CASCADE with an enum CHECK. */
    private static final Path DRIZZLE_REBUILD =
            Path.of("src/test/resources/cases/migration_rebuild_cascade_drizzle_d1/migrations");

    @Test
    void migrateKeepsTheChildRowsOfADrizzleRebuild() throws Exception {
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations.resolve("meta"));
        Files.copy(DRIZZLE_REBUILD.resolve("0000_init.sql"), migrations.resolve("0000_init.sql"));
        Files.copy(DRIZZLE_REBUILD.resolve("meta/_journal.json"), migrations.resolve("meta/_journal.json"));
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        // the journal lists 0001 too; until the file exists, migrate refuses the folder, so apply 0000 alone first
        Path alone = dir.resolve("first");
        Files.createDirectories(alone);
        Files.copy(DRIZZLE_REBUILD.resolve("0000_init.sql"), alone.resolve("0000_init.sql"));
        assertEquals(
                0,
                run("migrate", "--migrations", alone.toString(), "--url", url),
                err.toString(StandardCharsets.UTF_8));
        try (var db = java.sql.DriverManager.getConnection(url);
                var s = db.createStatement()) {
            s.execute("INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x')");
            s.execute("INSERT INTO posts VALUES (10, 1, 'draft'), (11, 2, 'live')");
        }
        Files.copy(DRIZZLE_REBUILD.resolve("0001_email_required.sql"), migrations.resolve("0001_email_required.sql"));
        assertEquals(
                0,
                run("migrate", "--migrations", migrations.toString(), "--url", url),
                err.toString(StandardCharsets.UTF_8));
        assertEquals("applied 0001_email_required.sql\n1 applied\n", out());
        try (var db = java.sql.DriverManager.getConnection(url);
                var s = db.createStatement();
                var rows =
                        s.executeQuery("SELECT group_concat(id || ':' || user_id || ':' || status, ' ') FROM posts")) {
            rows.next();
            assertEquals("10:1:draft 11:2:live", rows.getString(1));
        }
    }
}
