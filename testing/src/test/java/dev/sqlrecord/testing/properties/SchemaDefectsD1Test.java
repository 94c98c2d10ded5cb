package dev.sqlrecord.testing.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code test-schema --d1}: the planted-defects schema's scenarios run on a real local D1 (each a
 * batch D1 rolls back, foreign keys always on) find the same defects, at the same lines and
 * columns, as on SQLite; the fixed schema passes there too, and the D1 is left empty.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class SchemaDefectsD1Test {
    private static final Path ROOT = Path.of("src/test/resources/schema-defects");

    private static SchemaTests.Result run(String schema, boolean onD1) throws Exception {
        TestSchemaRequest request = TestSchemaRequest.of(
                ROOT.resolve(schema + "/migrations"),
                p -> ROOT.relativize(p).toString().replace('\\', '/'),
                Target.D1);
        return SchemaTests.standard().run(request, onD1 ? LocalD1.get().freshDatabase() : null);
    }

    private static List<String> located(SchemaTests.Result result) {
        return result.diagnostics().stream()
                .map(Diagnostic::headline)
                .map(h -> h.substring(0, h.indexOf(']') + 1))
                .toList();
    }

    @Test
    void findsThePlantedDefectsAtTheSameLinesAsOnSqlite() throws Exception {
        SchemaTests.Result sqlite = run("planted", false);
        SchemaTests.Result d1 = run("planted", true);
        assertEquals(11, d1.diagnostics().size(), d1.report());
        assertEquals(located(sqlite), located(d1), d1.report());
        assertTrue(
                d1.report()
                        .endsWith(
                                "satisfiable: failed (8), enforced: failed (1), actions: failed (2), preserves: ok\n"),
                d1.report());
        assertEquals(
                List.of(),
                Database.d1(LocalD1.get().config())
                        .many(
                                "SELECT name FROM sqlite_master WHERE type = 'table'"
                                        + " AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                                row -> row.getString(1)),
                "the D1 is left as it was");
    }

    @Test
    void theCliRunsOnTheD1OfTheEnvironment() throws Exception {
        LocalD1.get().freshDatabase();
        ProcessBuilder cli = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.sqlrecord.checker.cli.Main",
                        "test-schema",
                        "--migrations",
                        ROOT.resolve("planted/migrations").toString(),
                        "--d1")
                .redirectErrorStream(true);
        cli.environment().putAll(LocalD1.get().environment());
        Process process = cli.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), out);
        assertTrue(
                out.contains(ROOT.resolve("planted/migrations") + "/0001_shop.sql:35:51: error: [fk-action-fails]"),
                out);
        assertTrue(
                out.endsWith("satisfiable: failed (8), enforced: failed (1), actions: failed (2), preserves: ok\n"),
                out);
    }

    @Test
    void passesTheFixedSchemaOnD1() throws Exception {
        SchemaTests.Result d1 = run("fixed", true);
        assertEquals(List.of(), d1.diagnostics(), d1.report());
    }
}
