package dev.sqlrecord.testing.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * No false alarm: the schema of every case folder the checker passes (it has an expected
 * {@code model.json}) passes test-schema, on the case's target. A case whose schema really has a
 * defect the properties find is listed here with that exact diagnostic.
 */
@Tag("slow")
class CaseSchemasTest {
    private static final Path CASES = Path.of("../checker/src/test/resources/cases");

    /**
     * Cases whose schemas have a real defect, with the headlines the properties report for them:
     * the checker warns about each (migration-forward-reference, migration-rebuild-cascade), and
     * the preserves property shows it happening to rows.
     */
    private static final Map<String, List<String>> DEFECTS = Map.of(
            "migration_forward_reference",
            List.of("migrations/0001_posts.sql:1:1: error: [migration-unfilled-table] verify-data could not put a row"
                    + " into table posts (SQLite refused every row tried, last with: no such table: main.users),"
                    + " so it cannot tell whether the migrations keep that table's rows"),
            "migration_rebuild_cascade_quiet",
            List.of("migrations/0002_unique_email.sql:7:1: error: [migration-fails-with-data] applied to a database"
                    + " that has rows, 0002_unique_email.sql fails on D1: commit failed: FOREIGN KEY constraint"
                    + " failed [SQLITE_CONSTRAINT_FOREIGNKEY]"),
            "migration_rebuild_cascade_warning",
            List.of("migrations/0002_unique_email.sql:7:1: error: [migration-data-loss] 0002_unique_email.sql does"
                    + " not name table posts, yet on D1 it lost 6 of 6 rows (an ON DELETE CASCADE from a dropped or"
                    + " rebuilt parent?)"));

    @TestFactory
    Stream<DynamicTest> everyPassingCaseSchemaPasses() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected/model.json"))).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
        }
    }

    private static void check(Path dir) throws Exception {
        Path target = dir.resolve("target.txt");
        SchemaTests.Result result = SchemaTests.standard()
                .run(TestSchemaRequest.of(
                        dir.resolve("migrations"),
                        p -> dir.relativize(p).toString().replace('\\', '/'),
                        Files.exists(target)
                                ? Target.parse(Files.readString(target).trim())
                                : Target.SQLITE));
        assertEquals(
                DEFECTS.getOrDefault(dir.getFileName().toString(), List.of()),
                result.diagnostics().stream().map(Diagnostic::headline).toList(),
                result.report());
    }
}
