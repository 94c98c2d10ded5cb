package dev.sqlrecord.runtime.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.runtime.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a migrating JVM at random moments: the database must always hold whole migrations only
 * (each recorded file's table complete, no table of an unrecorded file, a checksum per record).
 */
@Tag("slow")
class MigrationKillTest {
    static final int FILES = 30;
    static final int ROWS = 200_000;

    @TempDir
    Path dir;

    static List<Migration> migrations() {
        List<Migration> files = new ArrayList<>();
        for (int i = 1; i <= FILES; i++) {
            files.add(new Migration(
                    String.format("%04d_t%d.sql", i, i),
                    "CREATE TABLE t" + i + " (n INTEGER);\n"
                            + "INSERT INTO t" + i
                            + " WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < "
                            + ROWS + ") SELECT n FROM c;"));
        }
        return files;
    }

    /** The child: migrates the database named by its argument. */
    public static void main(String[] args) {
        try (Database db = Database.open(args[0])) {
            Migrations.of(migrations()).migrate(db);
        }
    }

    @Test
    void killedRunnerNeverLeavesAHalfAppliedFile() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            MigrationKillTest.class.getName(),
                            url)
                    .inheritIO()
                    .start();
            Thread.sleep(400 + random.nextInt(900));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            assertWholeMigrationsOnly(url);
        }
        main(new String[] {url});
        try (Database db = Database.open(url)) {
            assertEquals(
                    FILES,
                    db.one("SELECT count(*) FROM d1_migrations", r -> r.getLong(1))
                            .orElseThrow());
        }
    }

    private static void assertWholeMigrationsOnly(String url) {
        try (Database db = Database.open(url)) {
            Set<String> recorded = new HashSet<>();
            boolean tracked = db.one("SELECT 1 FROM sqlite_master WHERE name = 'sqlrecord_migrations'", r -> true)
                    .isPresent();
            if (tracked) {
                recorded.addAll(db.many("SELECT name FROM d1_migrations", r -> r.getString(1)));
                assertEquals(
                        recorded, new HashSet<>(db.many("SELECT name FROM sqlrecord_migrations", r -> r.getString(1))));
            }
            for (int i = 1; i <= FILES; i++) {
                String table = "t" + i;
                boolean exists = db.one("SELECT 1 FROM sqlite_master WHERE name = ?", r -> true, table)
                        .isPresent();
                assertEquals(recorded.contains(String.format("%04d_t%d.sql", i, i)), exists, table);
                if (exists) {
                    assertEquals(
                            (long) ROWS,
                            db.one("SELECT count(*) FROM " + table, r -> r.getLong(1))
                                    .orElseThrow());
                }
            }
            System.out.println("killed after " + recorded.size() + " of " + FILES + " migrations: consistent");
        }
    }
}
