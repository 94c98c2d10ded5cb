package dev.sqlrecord.testing.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.schema.MigrationFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The generator judged on every case folder's schema, several seeds each: every table gets its
 * rows, {@code foreign_key_check} stays clean, and the rows it reports inserting, written again in
 * the order it reports them into a fresh copy of the schema, all go in without a constraint error
 * (which is how {@code seed} writes them to D1).
 */
@Tag("slow")
class EveryCaseSchemaTest {
    static final Path CASES = Path.of("../checker/src/test/resources/cases");
    private static final long[] SEEDS = {1, 2, 3, 20_261_202};
    private static final int ROWS = 6;
    /** Schemas planted with a defect that lets no row in, and the refusal that says so. */
    private static final Map<String, String> UNFILLABLE = Map.of(
            "migration_missing_reference", "posts=SQLite refused every row tried, last with: no such table: main.user");

    /** Case folders whose migrations apply: the others exist to show a broken migration's diagnostic. */
    static List<Path> schemas() throws Exception {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CASES)) {
            for (Path dir : dirs.sorted().toList()) {
                if (Files.isDirectory(dir.resolve("migrations"))) {
                    try (Connection db = migrated(dir.resolve("migrations"))) {
                        out.add(dir);
                    } catch (Exception broken) {
                        // a migration SQLite refuses: no schema to fill
                    }
                }
            }
        }
        return out;
    }

    /** A fresh in-memory database with the folder's migrations applied, in the checker's order. */
    static Connection migrated(Path migrations) throws Exception {
        MigrationFiles files = MigrationFiles.detect(migrations);
        if (files.problem() != null) {
            throw new IllegalArgumentException(files.problem());
        }
        Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = db.createStatement()) {
            for (Path file : files.files()) {
                s.executeUpdate(Files.readString(file, StandardCharsets.UTF_8));
            }
            s.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    @Test
    void mostCaseFoldersHaveASchemaToFill() throws Exception {
        assertTrue(
                schemas().size() > 100,
                "case folders with a schema: " + schemas().size());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseSchemaIsFilledValidly() throws Exception {
        return schemas().stream()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                    for (long seed : SEEDS) {
                        fillsValidly(dir.resolve("migrations"), seed);
                    }
                }));
    }

    private static void fillsValidly(Path migrations, long seed) throws Exception {
        String where = migrations.getParent().getFileName() + " (seed " + seed + ")";
        List<InsertedRow> log = new ArrayList<>();
        try (Connection db = migrated(migrations)) {
            FillResult result = new RowGenerator(seed).onInsert(log::add).fillTo(db, ROWS);
            String unfillable =
                    UNFILLABLE.get(migrations.getParent().getFileName().toString());
            if (unfillable != null) {
                assertEquals("{" + unfillable + "}", result.unfilled().toString(), where);
                return;
            }
            assertTrue(result.complete(), where + ": " + result.unfilled());
            for (String table : RowGenerator.tablesParentsFirst(db)) {
                assertEquals(ROWS, result.inserted().get(table), where + " " + table + ": " + result.inserted());
            }
            assertEquals(List.of(), GeneratorTables.foreignKeyProblems(db), where);
        }
        try (Connection copy = migrated(migrations)) {
            for (InsertedRow row : log) {
                GeneratorTables.write(copy, row, where);
            }
            assertEquals(List.of(), GeneratorTables.foreignKeyProblems(copy), where + ", written again");
        }
    }
}
