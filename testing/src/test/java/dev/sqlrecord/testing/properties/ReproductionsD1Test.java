package dev.sqlrecord.testing.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.internal.SqlStatement;
import dev.sqlrecord.runtime.internal.StatementSplitter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The planted defects' reproductions, replayed through the runtime on embedded SQLite and on a
 * real local D1: the last statement fails with the same typed exception on both (or succeeds on
 * both, for a CHECK that accepts everything), so what test-schema reports holds on D1 too.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class ReproductionsD1Test {
    @Test
    void eachReproductionEndsTheSameWayOnSqliteAndOnD1() throws Exception {
        SchemaTests.Result result =
                SchemaDefectsTest.run(Path.of("src/test/resources/schema-defects/planted/migrations"));
        assertEquals(11, result.findings().size(), result.report());
        for (Finding finding : result.findings()) {
            if (finding.reproduction().isEmpty()) {
                continue;
            }
            List<String> statements = StatementSplitter.split(finding.reproduction()).stream()
                    .map(SqlStatement::sql)
                    .filter(sql -> !sql.toUpperCase(Locale.ROOT).startsWith("PRAGMA")) // D1: foreign keys always on
                    .toList();
            String sqlite;
            try (Database db = Database.open("jdbc:sqlite::memory:")) {
                sqlite = lastFailure(db, statements);
            }
            String d1 = lastFailure(LocalD1.get().freshDatabase(), statements);
            assertEquals(sqlite, d1, finding.diagnostic().headline());
            if (!finding.diagnostic().code().equals("check-accepts-everything")) {
                assertNotNull(sqlite, finding.diagnostic().headline());
            }
        }
    }

    /** The exception type of the last statement (every other one must succeed); null when it succeeds. */
    private static String lastFailure(Database db, List<String> statements) {
        for (int i = 0; i < statements.size(); i++) {
            try {
                db.exec(statements.get(i));
            } catch (SqlRecordException e) {
                if (i < statements.size() - 1) {
                    throw new AssertionError("statement " + (i + 1) + " failed: " + statements.get(i), e);
                }
                return e.getClass().getSimpleName();
            }
        }
        return null;
    }
}
