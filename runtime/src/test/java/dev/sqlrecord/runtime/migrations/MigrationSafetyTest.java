package dev.sqlrecord.runtime.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.internal.RuntimeAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layout detection, checksums of applied files, status lines, and concurrent runners. */
class MigrationSafetyTest {
    @TempDir
    Path dir;

    private Path folder(Map<String, String> files) throws IOException {
        Path migrations = dir.resolve("migrations");
        for (var file : files.entrySet()) {
            Files.createDirectories(migrations.resolve(file.getKey()).getParent());
            Files.writeString(migrations.resolve(file.getKey()), file.getValue());
        }
        return migrations;
    }

    private static List<String> names(Migrations migrations) {
        return migrations.list().stream().map(Migration::name).toList();
    }

    @Test
    void drizzleJournalGivesTheOrder() throws IOException {
        Migrations m = Migrations.fromDirectory(folder(Map.of(
                "0000_b.sql", "CREATE TABLE b (x);\n--> statement-breakpoint\nCREATE TABLE c (x);",
                "0001_a.sql", "CREATE TABLE a (x);",
                "meta/_journal.json", """
                        {"version":"7","dialect":"sqlite","entries":[
                          {"idx":0,"when":1,"tag":"0000_b","breakpoints":true},
                          {"idx":1,"when":2,"tag":"0001_a","breakpoints":true}]}""")));
        assertEquals(MigrationLayout.DRIZZLE, m.layout());
        assertEquals(List.of("0000_b.sql", "0001_a.sql"), names(m));
    }

    @Test
    void drizzleFileMissingFromTheJournalIsAnError() throws IOException {
        Path f = folder(Map.of(
                "0000_b.sql",
                "SELECT 1;",
                "0001_hand.sql",
                "SELECT 1;",
                "meta/_journal.json",
                "{\"entries\":[{\"tag\":\"0000_b\"}]}"));
        MigrationLayoutException e = assertThrows(MigrationLayoutException.class, () -> Migrations.fromDirectory(f));
        assertEquals("0001_hand.sql", e.file());
    }

    @Test
    void flywayByVersion() throws IOException {
        Migrations m = Migrations.fromDirectory(folder(Map.of("V10__c.sql", "", "V2__b.sql", "", "V1.1__a.sql", "")));
        assertEquals(MigrationLayout.FLYWAY, m.layout());
        assertEquals(List.of("V1.1__a.sql", "V2__b.sql", "V10__c.sql"), names(m));
    }

    @Test
    void mixedOrAmbiguousFoldersAreErrors() throws IOException {
        assertEquals(
                "0002_x.sql",
                assertThrows(
                                MigrationLayoutException.class,
                                () -> Migrations.of(
                                        List.of(new Migration("V1__a.sql", ""), new Migration("0002_x.sql", ""))))
                        .file());
        assertEquals(
                "0002_b.sql",
                assertThrows(
                                MigrationLayoutException.class,
                                () -> Migrations.of(
                                        List.of(new Migration("0002_a.sql", ""), new Migration("0002_b.sql", ""))))
                        .file());
    }

    @Test
    void changedAppliedFileIsReportedAndBlocksMigrate() {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        try (Database db = Database.open(url)) {
            Migrations.of(List.of(new Migration("0001_a.sql", "CREATE TABLE a (x);")))
                    .migrate(db);
            Migrations edited = Migrations.of(List.of(
                    new Migration("0001_a.sql", "CREATE TABLE a (x, y);"),
                    new Migration("0002_b.sql", "CREATE TABLE b (x);")));
            assertEquals(
                    List.of("changed 0001_a.sql", "pending 0002_b.sql"),
                    edited.status(db).stream().map(MigrationStatus::line).toList());
            MigrationException e = assertThrows(MigrationException.class, () -> edited.migrate(db));
            assertEquals("0001_a.sql", e.migration());
            assertTrue(e.getMessage().contains("changed after it was applied"), e.getMessage());
            // line endings alone are no change
            Migrations crlf =
                    Migrations.of(List.of(new Migration("0001_a.sql", "CREATE TABLE a (x);".replace("\n", "\r\n"))));
            assertEquals(
                    List.of("applied 0001_a.sql"),
                    crlf.status(db).stream().map(MigrationStatus::line).toList());
        }
    }

    @Test
    void statusLinesIncludeMissingAndAdoptFilesAppliedByWrangler() {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("app.db"))) {
            // as wrangler leaves it: its table, no checksums
            RuntimeAccess.executeOnce(db, Migrations.CREATE_TRACKING_TABLE);
            db.exec("INSERT INTO d1_migrations (name) VALUES ('0001_a.sql'), ('0000_gone.sql')");
            Migrations m = Migrations.of(List.of(
                    new Migration("0001_a.sql", "CREATE TABLE a (x);"),
                    new Migration("0002_b.sql", "CREATE TABLE b (x);")));
            assertEquals(
                    List.of("applied 0001_a.sql", "pending 0002_b.sql", "missing 0000_gone.sql"),
                    m.status(db).stream().map(MigrationStatus::line).toList());
            assertEquals(List.of("0002_b.sql"), m.migrate(db).applied());
            assertEquals(
                    2L,
                    db.one("SELECT count(*) FROM sqlrecord_migrations", r -> r.getLong(1))
                            .orElseThrow());
        }
    }

    @Test
    void concurrentRunnersApplyEachFileOnce() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("shared.db");
        List<Migration> files = new ArrayList<>();
        files.add(new Migration("0001_log.sql", "CREATE TABLE log (name TEXT);"));
        for (int i = 2; i <= 20; i++) {
            String name = String.format("%04d_step.sql", i);
            files.add(new Migration(name, "INSERT INTO log VALUES ('" + name + "');"));
        }
        Migrations migrations = Migrations.of(files);
        int runners = 4;
        CyclicBarrier start = new CyclicBarrier(runners);
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < runners; i++) {
                Callable<List<String>> run = () -> {
                    try (Database db = Database.open(url)) {
                        start.await(30, TimeUnit.SECONDS);
                        return migrations.migrate(db).applied();
                    }
                };
                results.add(pool.submit(run));
            }
            List<String> applied = new ArrayList<>();
            for (Future<List<String>> result : results) {
                applied.addAll(result.get(60, TimeUnit.SECONDS));
            }
            assertEquals(20, applied.size(), applied.toString());
            assertEquals(20, applied.stream().distinct().count());
        } finally {
            pool.shutdownNow();
        }
        try (Database db = Database.open(url)) {
            assertEquals(
                    19L, db.one("SELECT count(*) FROM log", r -> r.getLong(1)).orElseThrow());
            assertEquals(
                    20L,
                    db.one("SELECT count(*) FROM d1_migrations", r -> r.getLong(1))
                            .orElseThrow());
        }
    }
}
