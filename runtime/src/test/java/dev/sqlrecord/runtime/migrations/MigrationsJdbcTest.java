package dev.sqlrecord.runtime.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.RebuildMigrationBehaviour;
import dev.sqlrecord.runtime.SqlRecordException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrangler-compatible migration runner on real SQLite. */
class MigrationsJdbcTest {
    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("app.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path folder(Map<String, String> files) throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        for (var file : files.entrySet()) {
            Files.writeString(migrations.resolve(file.getKey()), file.getValue());
        }
        return migrations;
    }

    private List<String> tables() {
        return db.many(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                        + " AND name NOT IN ('d1_migrations', 'sqlrecord_migrations') ORDER BY name",
                row -> row.getString(1));
    }

    private List<String> recorded() {
        return db.many("SELECT name FROM d1_migrations ORDER BY id", row -> row.getString(1));
    }

    @Test
    void appliesPendingInOrderAndRecordsThemLikeWrangler() throws IOException {
        Migrations migrations = Migrations.fromDirectory(folder(Map.of(
                "0001_init.sql", "CREATE TABLE a (x);",
                "0002_more.sql", "CREATE TABLE b (y);\nINSERT INTO a VALUES (1);",
                "notes.txt", "ignored")));
        MigrationReport report = migrations.migrate(db);
        assertEquals(List.of("0001_init.sql", "0002_more.sql"), report.applied());
        assertEquals(List.of("a", "b"), tables());
        assertEquals(List.of("0001_init.sql", "0002_more.sql"), recorded());
        // wrangler's table, column for column
        assertEquals(
                List.of("id INTEGER 0 1", "name TEXT 0 0", "applied_at TIMESTAMP 1 0"),
                db.many(
                        "SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || pk FROM pragma_table_info('d1_migrations')",
                        row -> row.getString(1)));
        String appliedAt = db.one("SELECT applied_at FROM d1_migrations WHERE id = 1", row -> row.getString(1))
                .orElseThrow();
        assertTrue(appliedAt.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), appliedAt);
    }

    @Test
    void rerunAppliesNothing() throws IOException {
        Migrations migrations = Migrations.fromDirectory(folder(Map.of("0001_init.sql", "CREATE TABLE a (x);")));
        migrations.migrate(db);
        MigrationReport again = migrations.migrate(db);
        assertEquals(List.of(), again.applied());
        assertEquals(List.of("0001_init.sql"), recorded());
    }

    @Test
    void pendingIsASetDifferenceSoOlderUnappliedFilesRunToo() throws IOException {
        Path migrations = folder(Map.of("0002_b.sql", "CREATE TABLE b (x);"));
        Migrations.fromDirectory(migrations).migrate(db);
        Files.writeString(migrations.resolve("0001_a.sql"), "CREATE TABLE a (x);");
        assertEquals(
                List.of("0001_a.sql"),
                Migrations.fromDirectory(migrations).migrate(db).applied());
        assertEquals(List.of("0002_b.sql", "0001_a.sql"), recorded());
    }

    @Test
    void failingFileLeavesNoTraceAndEarlierFilesStay() throws IOException {
        Migrations migrations = Migrations.fromDirectory(folder(Map.of(
                "0001_ok.sql", "CREATE TABLE a (x);",
                "0002_bad.sql",
                        "CREATE TABLE b (y);\nINSERT INTO a VALUES (1);\n\n-- next one fails\nINSERT INTO missing\n  VALUES (2);",
                "0003_later.sql", "CREATE TABLE c (z);")));
        MigrationException e = assertThrows(MigrationException.class, () -> migrations.migrate(db));
        assertEquals("0002_bad.sql", e.migration());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("0002_bad.sql"), e.getMessage());
        assertTrue(e.getMessage().contains("line 5"), e.getMessage());
        assertTrue(e.getMessage().contains("no such table: missing"), e.getMessage());
        assertEquals(List.of("a"), tables()); // no table b, and c never attempted
        assertEquals(Optional.of(0L), db.one("SELECT count(*) FROM a", row -> row.getLong(1)));
        assertEquals(List.of("0001_ok.sql"), recorded());
    }

    @Test
    void orderIsNumericThenLexicographic() throws IOException {
        Migrations migrations = Migrations.fromDirectory(folder(Map.of(
                "10_c.sql", "INSERT INTO log VALUES ('10_c');",
                "9_b.sql", "INSERT INTO log VALUES ('9_b');",
                "1_a.sql", "CREATE TABLE log (name TEXT); INSERT INTO log VALUES ('1_a');",
                "seed.sql", "INSERT INTO log VALUES ('seed');")));
        assertEquals(
                List.of("1_a.sql", "9_b.sql", "10_c.sql", "seed.sql"),
                migrations.list().stream().map(Migration::name).toList());
        migrations.migrate(db);
        assertEquals(
                List.of("1_a", "9_b", "10_c", "seed"),
                db.many("SELECT name FROM log ORDER BY rowid", row -> row.getString(1)));
    }

    @Test
    void classpathDirectoryWithTriggerBody() {
        Migrations migrations = Migrations.fromClasspath("migrations");
        assertEquals(
                List.of("0001_users.sql", "0002_posts.sql"),
                migrations.list().stream().map(Migration::name).toList());
        assertEquals(
                List.of("0001_users.sql", "0002_posts.sql"),
                migrations.migrate(db).applied());
        assertEquals(List.of("posts", "users"), tables());
        // the trigger arrived whole: both statements of its body run
        db.exec("INSERT INTO users(id, email) VALUES (1, 'ada@example.com')");
        db.exec("INSERT INTO posts(author_id, title) VALUES (1, 'one'), (1, 'two')");
        assertEquals(Optional.of(2L), db.one("SELECT post_count FROM users WHERE id = 1", row -> row.getLong(1)));
        assertEquals(
                Optional.of(1L),
                db.one(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'index'" + " AND name = 'posts_author'",
                        row -> row.getLong(1)));
        // and foreign keys are enforced on migrated tables, as on D1
        assertThrows(SqlRecordException.class, () -> db.exec("INSERT INTO posts(author_id, title) VALUES (9, 'x')"));
    }

    @Test
    void classpathJar() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("db/migrations/"));
            out.closeEntry();
            write(out, "db/migrations/0002_second.sql", "INSERT INTO t VALUES ('second');");
            write(
                    out,
                    "db/migrations/0001_first.sql",
                    "\uFEFFCREATE TABLE t (v TEXT);\nINSERT INTO t VALUES ('first');");
            write(out, "db/migrations/nested/0003_no.sql", "CREATE TABLE nested (x);");
            write(out, "db/other/0004_no.sql", "CREATE TABLE other (x);");
        }
        // no parent loader: only the jar is on this classpath
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Migrations migrations = Migrations.fromClasspath("/db/migrations/", loader);
            assertEquals(
                    List.of("0001_first.sql", "0002_second.sql"),
                    migrations.list().stream().map(Migration::name).toList());
            migrations.migrate(db);
        }
        assertEquals(List.of("first", "second"), db.many("SELECT v FROM t ORDER BY rowid", row -> row.getString(1)));
        Files.delete(jar); // the runner closed the jar file it opened
    }

    private static void write(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void missingClasspathFolderIsAnError() {
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> Migrations.fromClasspath("no/such/folder"));
        assertTrue(e.getMessage().contains("no/such/folder"), e.getMessage());
    }

    @Test
    void missingDirectoryIsAnError() {
        assertThrows(SqlRecordException.class, () -> Migrations.fromDirectory(dir.resolve("absent")));
    }

    @Test
    void dumpWrapperIsStrippedAndOtherTransactionControlRejected() throws IOException {
        Migrations migrations = Migrations.fromDirectory(folder(Map.of(
                "0001_dump.sql", "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE a (x);\nCOMMIT;\n",
                "0002_commit.sql", "CREATE TABLE b (x);\nINSERT INTO b VALUES (1);\nCOMMIT;\nCREATE TABLE c (x);")));
        MigrationException e = assertThrows(MigrationException.class, () -> migrations.migrate(db));
        assertEquals("0002_commit.sql", e.migration());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("COMMIT"), e.getMessage());
        assertEquals(List.of("a"), tables());
        assertEquals(List.of("0001_dump.sql"), recorded());
    }

    @Test
    void violationFoundAtCommitStillNamesTheFile() throws IOException {
        Migrations migrations = Migrations.fromDirectory(folder(Map.of(
                "0001_schema.sql",
                "CREATE TABLE parent (id INTEGER PRIMARY KEY);\n"
                        + "CREATE TABLE child (parent_id INTEGER REFERENCES parent(id));",
                "0002_orphans.sql",
                "PRAGMA defer_foreign_keys = ON;\nINSERT INTO child VALUES (42);")));
        MigrationException e = assertThrows(MigrationException.class, () -> migrations.migrate(db));
        assertEquals("0002_orphans.sql", e.migration());
        assertEquals(0, e.line());
        assertTrue(e.getMessage().contains("FOREIGN KEY constraint failed"), e.getMessage());
        assertEquals(Optional.of(0L), db.one("SELECT count(*) FROM child", row -> row.getLong(1)));
        assertEquals(List.of("0001_schema.sql"), recorded());
    }

    @Test
    void emptyFileIsRecordedAsApplied() throws IOException {
        Migrations migrations = Migrations.fromDirectory(folder(Map.of("0001_empty.sql", "-- nothing yet\n")));
        assertEquals(List.of("0001_empty.sql"), migrations.migrate(db).applied());
        assertEquals(List.of("0001_empty.sql"), recorded());
    }

    @Test
    void statusReportsAppliedPendingAndMissing() throws IOException {
        Path migrations = folder(Map.of("0001_a.sql", "CREATE TABLE a (x);"));
        List<MigrationStatus> before = Migrations.fromDirectory(migrations).status(db);
        assertEquals(List.of(new MigrationStatus("0001_a.sql", MigrationStatus.State.PENDING, null)), before);
        assertFalse(
                db.one("SELECT 1 FROM sqlite_master WHERE name = 'd1_migrations'", row -> 1)
                        .isPresent(),
                "status does not create the tracking table");

        Migrations.fromDirectory(migrations).migrate(db);
        Files.delete(migrations.resolve("0001_a.sql"));
        Files.writeString(migrations.resolve("0002_b.sql"), "CREATE TABLE b (x);");
        List<MigrationStatus> after = Migrations.fromDirectory(migrations).status(db);
        assertEquals(2, after.size());
        assertEquals(new MigrationStatus("0002_b.sql", MigrationStatus.State.PENDING, null), after.get(0));
        assertEquals("0001_a.sql", after.get(1).name());
        assertEquals(MigrationStatus.State.MISSING, after.get(1).state());
        assertNotNull(after.get(1).appliedAt());
    }

    @Test
    void trackingRowsWrittenByWranglerAreHonoured() throws IOException {
        // wrangler's own DDL (quoted name, as in recent versions) and a row it wrote
        db.exec("CREATE TABLE IF NOT EXISTS \"d1_migrations\"(\n\t\tid INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                + "\t\tname TEXT UNIQUE,\n\t\tapplied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL\n);");
        db.exec("INSERT INTO \"d1_migrations\" (name) values ('0001_init.sql')");
        Migrations migrations = Migrations.fromDirectory(folder(Map.of(
                "0001_init.sql", "CREATE TABLE would_fail_if_rerun (x); INSERT INTO nope VALUES (1);",
                "0002_next.sql", "CREATE TABLE next (x);")));
        assertEquals(List.of("0002_next.sql"), migrations.migrate(db).applied());
        assertNull(db.one("SELECT 1 FROM sqlite_master WHERE name = 'would_fail_if_rerun'", row -> 1)
                .orElse(null));
    }

    @Test
    void worksThroughADataSourceToo() throws IOException {
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("ds.db"));
        try (Database viaDataSource = Database.of(dataSource)) {
            Migrations migrations = Migrations.fromDirectory(folder(Map.of(
                    "0001_a.sql", "CREATE TABLE a (x);", "0002_bad.sql", "CREATE TABLE b (x); SELECT * FROM nope;")));
            MigrationException e = assertThrows(MigrationException.class, () -> migrations.migrate(viaDataSource));
            assertEquals(1, e.line());
            assertEquals(
                    List.of("0001_a.sql"),
                    viaDataSource.many("SELECT name FROM d1_migrations", row -> row.getString(1)));
            assertEquals(Optional.empty(), viaDataSource.one("SELECT 1 FROM sqlite_master WHERE name = 'b'", row -> 1));
        }
    }

    @Test
    void aRebuildThroughADataSourceTurnsForeignKeysOffOnTheConnectionThatRunsIt() {
        // each call borrows a new connection with foreign keys on: the pragma, the file and the
        // check must all happen on the one the transaction holds, or the DROP cascades
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.enforceForeignKeys(true);
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("pooled.db"));
        try (Database viaDataSource = Database.of(dataSource)) {
            Migrations.of(List.of(RebuildMigrationBehaviour.INIT, RebuildMigrationBehaviour.DRIZZLE_REBUILD))
                    .migrate(viaDataSource);
            assertEquals(
                    List.of(10L, 11L, 12L),
                    viaDataSource.many("SELECT id FROM posts ORDER BY id", row -> row.getLong(1)));
        }
    }
}
