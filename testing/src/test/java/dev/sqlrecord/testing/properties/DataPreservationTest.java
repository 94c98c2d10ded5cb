package dev.sqlrecord.testing.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPreservationTest {
    private static final Path CASES = Path.of("../checker/src/test/resources/cases");

    @TempDir
    Path temp;

    private static Diagnostics check(Path migrations, Target target) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        DataPreservation.check(migrations, p -> p.getFileName().toString(), target, diagnostics);
        return diagnostics;
    }

    private static List<String> codes(String caseName, Target target) throws Exception {
        return check(CASES.resolve(caseName).resolve("migrations"), target).sorted().stream()
                .map(d -> d.file() + ":" + d.line() + " " + d.code())
                .toList();
    }

    @Test
    void aDrizzleRebuildLosesTheCascadeChildrenOnD1AndKeepsThemOnSqlite() throws Exception {
        // posts has CHECK (status IN ('draft', 'live')): the generator must fill it for the loss to show
        assertEquals(
                List.of("0001_email_required.sql:8 migration-data-loss"),
                codes("migration_rebuild_cascade_drizzle_d1", Target.D1));
        assertEquals(List.of(), codes("migration_rebuild_cascade_drizzle_sqlite", Target.SQLITE));
    }

    @Test
    void aRebuildThatDoesNotTurnForeignKeysOffLosesTheChildrenOnBothTargets() throws Exception {
        assertEquals(
                List.of("0002_unique_email.sql:7 migration-data-loss"),
                codes("migration_rebuild_cascade_sqlite", Target.SQLITE));
        assertEquals(
                List.of("0002_unique_email.sql:7 migration-data-loss"), codes("migration_rebuild_cascade", Target.D1));
    }

    @Test
    void rebuildWithRestrictingChildrenFailsOnceThereAreRows() throws Exception {
        // the DROP's implicit delete leaves a deferred violation that the rename never resolves
        // (reference/d1.md §2.3): fine on an empty database, fails on a real one
        assertEquals(
                List.of("0002_unique_email.sql:7 migration-fails-with-data"),
                codes("migration_rebuild_cascade_quiet", Target.D1));
    }

    @Test
    void ordinaryMigrationsKeepEveryRow() throws Exception {
        assertEquals(List.of(), codes("migration_layout_flyway", Target.SQLITE));
        assertEquals(List.of(), codes("migration_layout_drizzle", Target.D1));
    }

    @Test
    void theSampleKeepsItsData() throws Exception {
        assertEquals(
                "",
                check(Path.of("../sample/src/main/sql/migrations"), Target.SQLITE)
                        .report());
        assertEquals(
                "",
                check(Path.of("../sample/src/main/sql/migrations"), Target.D1).report());
    }

    @Test
    void aTableNoRowCanEnterIsAnErrorAtItsCreateTable() throws Exception {
        Files.writeString(
                temp.resolve("0001_init.sql"),
                "CREATE TABLE ok (id INTEGER PRIMARY KEY);\n\n"
                        + "CREATE TABLE never (\n  id INTEGER PRIMARY KEY,\n  n INTEGER NOT NULL CHECK (n > 5 AND n < 3)\n);\n");
        Files.writeString(temp.resolve("0002_more.sql"), "ALTER TABLE ok ADD COLUMN note TEXT;\n");
        Diagnostics diagnostics = check(temp, Target.SQLITE);
        assertEquals(1, diagnostics.sorted().size(), diagnostics.report());
        var d = diagnostics.sorted().get(0);
        assertEquals("0001_init.sql:3 migration-unfilled-table", d.file() + ":" + d.line() + " " + d.code());
        assertTrue(
                d.message()
                        .contains(
                                "table never (SQLite refused every row tried, last with: CHECK constraint" + " failed"),
                d.message());
        assertTrue(diagnostics.hasErrors());
    }

    @Test
    void anUnfillableTableOfTheLastMigrationIsReportedToo() throws Exception {
        Files.writeString(temp.resolve("0001_init.sql"), "CREATE TABLE ok (id INTEGER PRIMARY KEY);\n");
        Files.writeString(
                temp.resolve("0002_never.sql"),
                "-- a CHECK no value meets\n"
                        + "CREATE TABLE never (kind TEXT NOT NULL CHECK (kind IN ('a', 'b') AND kind = 'c'));\n");
        List<String> found = check(temp, Target.D1).sorted().stream()
                .map(d -> d.file() + ":" + d.line() + " " + d.code())
                .toList();
        assertEquals(List.of("0002_never.sql:2 migration-unfilled-table"), found);
    }

    @Test
    void theCheckIsReproducible() throws Exception {
        String first = check(CASES.resolve("migration_rebuild_cascade_drizzle_d1/migrations"), Target.D1)
                .report();
        assertEquals(
                first,
                check(CASES.resolve("migration_rebuild_cascade_drizzle_d1/migrations"), Target.D1)
                        .report());
        assertTrue(first.contains("lost"), first);
    }

    @Test
    void sourcesGivenDirectlyAreCheckedToo() throws Exception {
        Path file = CASES.resolve("migration_rebuild_cascade_drizzle_d1/migrations/0000_init.sql");
        Diagnostics diagnostics = new Diagnostics();
        DataPreservation.check(
                List.of(ParsedMigration.of(SourceFile.read(file, "0000_init.sql"))), Target.D1, diagnostics);
        assertEquals("", diagnostics.report());
    }
}
