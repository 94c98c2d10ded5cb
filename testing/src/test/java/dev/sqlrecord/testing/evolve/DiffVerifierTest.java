package dev.sqlrecord.testing.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.evolve.DesiredSchema;
import dev.sqlrecord.checker.evolve.SchemaSnapshot;
import dev.sqlrecord.checker.evolve.ScratchSchema;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.runtime.migrations.Migration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proof {@code diff} runs catches a rebuild that loses children's rows, and passes the one diff writes. */
class DiffVerifierTest {
    /** drizzle-kit's form: correct on SQLite, where the runner turns foreign keys off; cascades on D1. */
    private static final String NAIVE_REBUILD = """
            PRAGMA foreign_keys = OFF;
            CREATE TABLE __new_users (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) > 0));
            INSERT INTO __new_users (id, name) SELECT id, name FROM users;
            DROP TABLE users;
            ALTER TABLE __new_users RENAME TO users;
            PRAGMA foreign_keys = ON;
            """;

    @TempDir
    Path dir;

    @Test
    void naiveRebuildLosesCascadingChildrenOnD1Only() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(folder.resolve("0001_init.sql"), DiffScenariosTest.FAMILY);
        String desiredText =
                DiffScenariosTest.FAMILY.replace("name TEXT NOT NULL)", "name TEXT NOT NULL CHECK (length(name) > 0))");
        Path schema = Files.writeString(dir.resolve("schema.sql"), desiredText);
        List<ParsedMigration> migrations = ScratchSchema.parse(folder);
        SchemaSnapshot desired = ScratchSchema.ofFile(schema);
        DesiredSchema renames = DesiredSchema.read(desiredText);
        Migration naive = new Migration("0002_naive.sql", NAIVE_REBUILD);

        assertEquals(List.of(), DiffVerifier.problems(migrations, naive, desired, renames, Target.SQLITE));
        List<String> onD1 = DiffVerifier.problems(migrations, naive, desired, renames, Target.D1);
        assertTrue(onD1.stream().anyMatch(p -> p.startsWith("table posts loses or changes")), onD1.toString());
        assertTrue(onD1.stream().anyMatch(p -> p.startsWith("table badges loses or changes")), onD1.toString());

        String planned = DiffCommand.next(folder, schema, Target.D1);
        assertEquals(
                List.of(),
                DiffVerifier.problems(migrations, new Migration("0002.sql", planned), desired, renames, Target.D1));
    }
}
