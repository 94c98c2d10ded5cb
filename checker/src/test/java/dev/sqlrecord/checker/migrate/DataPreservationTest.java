package dev.sqlrecord.checker.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.checker.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataPreservationTest {
    private static final Path CASES = Path.of("src/test/resources/cases");

    private static List<String> codes(String caseName) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        DataPreservation.check(CASES.resolve(caseName).resolve("migrations"), p -> p.getFileName().toString(), diagnostics);
        return diagnostics.sorted().stream().map(d -> d.file() + " " + d.code()).toList();
    }

    @Test
    void rebuildThatCascadesIntoChildrenLosesTheirRows() throws Exception {
        assertEquals(List.of("0002_unique_email.sql migration-data-loss"), codes("migration_rebuild_cascade"));
    }

    @Test
    void rebuildWithRestrictingChildrenFailsOnceThereAreRows() throws Exception {
        // the DROP's implicit delete leaves a deferred violation that the rename never resolves
        // (reference/d1.md §2.3): fine on an empty database, fails on a real one
        assertEquals(List.of("0002_unique_email.sql migration-fails-with-data"), codes("migration_rebuild_cascade_quiet"));
    }

    @Test
    void ordinaryMigrationsKeepEveryRow() throws Exception {
        assertEquals(List.of(), codes("migration_layout_flyway"));
        assertEquals(List.of(), codes("migration_layout_drizzle"));
    }

    @Test
    void theSampleKeepsItsData() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        DataPreservation.check(Path.of("../sample/src/main/sql/migrations"), p -> p.getFileName().toString(), diagnostics);
        assertEquals("", diagnostics.report());
    }
}
