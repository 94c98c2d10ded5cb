package dev.sqlrecord.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sqlrecord:test-schema -Dsqlrecord.d1=true} on the real local D1, its variables given as the
 * environment: the testing module's planted-defects schema fails with the same defects at the same
 * lines as on SQLite (the CLI's {@code --d1} does the same, SchemaDefectsD1Test), and the D1 is left empty.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class TestSchemaMojoD1Test {
    private static final Path PLANTED = Path.of("../testing/src/test/resources/schema-defects/planted/migrations");

    @TempDir
    Path base;

    @Test
    void findsThePlantedDefectsOnD1AtTheLinesSqliteFindsThem() throws Exception {
        List<String> sqlite = failures(false);
        LocalD1.get().freshDatabase();
        List<String> d1 = failures(true);

        List<String> errors = d1.stream().filter(l -> l.startsWith("ERROR ")).toList();
        assertEquals(11, errors.size(), d1.toString());
        assertEquals(sqlite.stream().filter(l -> l.startsWith("ERROR ")).toList(), errors);
        assertTrue(
                errors.stream()
                        .anyMatch(l -> l.startsWith("ERROR migrations/0001_shop.sql:35:51: error: [fk-action-fails]")),
                errors.toString());
        assertTrue(
                d1.contains("INFO sqlrecord: satisfiable: failed (8), enforced: failed (1), actions: failed (2),"
                        + " preserves: ok"),
                d1.toString());
        assertEquals(
                List.of(),
                Database.d1(LocalD1.get().config())
                        .many(
                                "SELECT name FROM sqlite_master WHERE type = 'table'"
                                        + " AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                        + " AND name <> '_sqlrecord_requests'",
                                row -> row.getString(1)),
                "the D1 is left as it was");
    }

    @Test
    void refusesAD1ThatHoldsTablesNamingThem() throws Exception {
        LocalD1.get().freshDatabase().exec("CREATE TABLE already_here (id INTEGER PRIMARY KEY)");
        TestSchemaMojo mojo = TestSchemaMojoTest.mojo(base, PLANTED);
        mojo.d1 = true;
        mojo.environment = LocalD1.get().environment();

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(
                e.getMessage().contains("needs an empty D1 database")
                        && e.getMessage().contains("already_here"),
                e.getMessage());
        LocalD1.get().freshDatabase();
    }

    /** Runs the goal on a copy of the planted schema; returns what it logged, having failed the build. */
    private List<String> failures(boolean onD1) throws Exception {
        TestSchemaMojo mojo = TestSchemaMojoTest.mojo(base, PLANTED);
        mojo.d1 = onD1;
        mojo.target = onD1 ? null : "d1";
        mojo.environment = LocalD1.get().environment();
        DiagnosticLogTest.RecordingLog log = new DiagnosticLogTest.RecordingLog();
        mojo.setLog(log);
        MojoFailureException failed = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failed.getMessage().contains("a property of the schema failed"), failed.getMessage());
        return log.lines;
    }
}
