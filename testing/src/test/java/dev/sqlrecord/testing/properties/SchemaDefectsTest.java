package dev.sqlrecord.testing.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A shop schema with one planted defect of each kind the properties know: every one is found, at
 * the line and column of the text at fault, with a reproduction that SQLite itself confirms; the
 * same schema with the defects fixed passes without a false alarm.
 */
class SchemaDefectsTest {
    private static final Path ROOT = Path.of("src/test/resources/schema-defects");

    static SchemaTests.Result run(Path migrations) throws Exception {
        return SchemaTests.standard()
                .run(TestSchemaRequest.of(
                        migrations, p -> ROOT.relativize(p).toString().replace('\\', '/'), Target.SQLITE));
    }

    @Test
    void findsEveryPlantedDefectAtItsLine() throws Exception {
        SchemaTests.Result result = run(ROOT.resolve("planted/migrations"));
        String shop = "planted/migrations/0001_shop.sql:";
        assertEquals(
                List.of(
                        // UNIQUE with a constant DEFAULT: the second defaulted row collides
                        shop + "5:36: error: [default-collides]",
                        // a CHECK no value meets
                        shop + "16:28: error: [unsatisfiable-check]",
                        // ON DELETE SET DEFAULT to a parent (id 0) that does not exist
                        shop + "22:68: error: [fk-action-fails]",
                        // a DEFAULT against its own CHECK
                        shop + "29:24: error: [default-violates-check]",
                        // ON DELETE SET NULL on a NOT NULL column
                        shop + "35:51: error: [fk-action-fails]",
                        // a foreign key to a column that is no unique key
                        shop + "48:23: error: [fk-parent-not-unique]",
                        // required parents that can never exist: teams and players need each other
                        shop + "54:31: error: [unsatisfiable-parent]",
                        shop + "59:28: error: [unsatisfiable-parent]",
                        // a CHECK that accepts every value: NULL in its IN list
                        "planted/migrations/0002_priority.sql:1:45: error: [check-accepts-everything]",
                        // a CHECK no value meets, on a nullable column: only NULL passes it
                        "planted/migrations/0002_priority.sql:3:52: error: [unsatisfiable-check]",
                        // two CHECKs no value meets together: at the second
                        "planted/migrations/0002_priority.sql:7:3: error: [unsatisfiable-check]"),
                result.diagnostics().stream()
                        .map(d -> d.headline().substring(0, d.headline().indexOf(']') + 1))
                        .toList(),
                result.report());
        assertTrue(result.report().startsWith("test-schema: seed " + SchemaTests.DEFAULT_SEED + "\n"));
        assertTrue(
                result.report()
                        .endsWith(
                                "satisfiable: failed (8), enforced: failed (1), actions: failed (2), preserves: ok\n"),
                result.report());
    }

    @Test
    void eachReproductionFailsInSqliteAsItsDiagnosticSays() throws Exception {
        SchemaTests.Result result = run(ROOT.resolve("planted/migrations"));
        List<Finding> findings = result.findings();
        assertEquals(result.diagnostics().size(), findings.size());
        assertEquals(
                1, findings.stream().filter(f -> f.reproduction().isEmpty()).count());
        for (Finding finding : findings) {
            if (finding.reproduction().isEmpty()) {
                continue; // CHECKs unsatisfiable together are shown by the CHECKs themselves
            }
            String failure = Reproductions.lastFailure(finding.reproduction());
            Diagnostic d = finding.diagnostic();
            switch (d.code()) {
                case "check-accepts-everything" -> assertEquals(null, failure, finding.reproduction());
                case "fk-parent-not-unique" -> assertTrue(failure.contains("foreign key mismatch"), failure);
                case "unsatisfiable-parent" -> assertEquals("FOREIGN KEY constraint failed", failure);
                case "unsatisfiable-check" ->
                    assertTrue(
                            failure.startsWith("CHECK constraint failed: ")
                                    && d.message().endsWith("CHECK (" + failure.substring(25) + ")"),
                            failure);
                default -> assertTrue(d.message().contains(failure), d.message() + " / " + failure);
            }
        }
    }

    @Test
    void shrinksToTheSimplestValues() throws Exception {
        String report = run(ROOT.resolve("planted/migrations")).report();
        assertTrue(
                report.contains("    INSERT INTO \"products\" (\"id\", \"sku\", \"name\") VALUES (0, '', '');\n"),
                report);
        assertTrue(
                report.contains("    INSERT INTO \"order_notes\" (\"id\", \"order_id\", \"body\") VALUES (0, 0, '');\n"
                        + "    DELETE FROM \"orders\" WHERE \"id\" = 0;\n"),
                report);
    }

    @Test
    void passesTheSchemaWithTheDefectsFixed() throws Exception {
        SchemaTests.Result result = run(ROOT.resolve("fixed/migrations"));
        assertEquals(List.of(), result.diagnostics(), result.report());
        assertTrue(result.report().endsWith("satisfiable: ok, enforced: ok, actions: ok, preserves: ok\n"));
    }
}
