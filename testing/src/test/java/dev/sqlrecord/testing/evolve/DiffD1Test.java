package dev.sqlrecord.testing.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.evolve.SchemaComparison;
import dev.sqlrecord.checker.evolve.SchemaQuery;
import dev.sqlrecord.checker.evolve.ScratchSchema;
import dev.sqlrecord.checker.evolve.SnapshotReader;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration {@code diff} wrote for D1, applied by the runtime's runner to the real local D1 full
 * of rows: a rebuilt parent with cascading and set-null children, a renamed column, an added one.
 * Every row and value stays, and {@code drift} finds the database equal to the desired schema.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class DiffD1Test {
    @TempDir
    Path dir;

    @Test
    void rebuiltParentKeepsItsChildrenOnD1() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(folder.resolve("0001_init.sql"), DiffScenariosTest.FAMILY);
        String desired = DiffScenariosTest.FAMILY
                .replace("name TEXT NOT NULL)", "name TEXT NOT NULL CHECK (length(name) > 0))")
                .replace(
                        "title TEXT NOT NULL)",
                        "headline TEXT NOT NULL, -- sqlrecord:renamed-from title\n"
                                + "  draft INTEGER NOT NULL DEFAULT 0)")
                .replace("posts (user_id)", "posts (user_id, draft)");
        Path schema = Files.writeString(dir.resolve("schema.sql"), desired);
        try (Database d1 = LocalD1.get().freshDatabase()) {
            Migrations.fromDirectory(folder).migrate(d1);
            d1.exec("INSERT INTO users (id, name) VALUES (1, 'ada'), (2, 'bob')");
            d1.exec("INSERT INTO posts (id, user_id, title) VALUES (10, 1, 'a'), (11, 1, 'b'), (12, 2, 'c')");
            d1.exec("INSERT INTO comments (id, post_id, body) VALUES (100, 10, 'x'), (101, 12, 'y')");
            d1.exec("INSERT INTO badges (id, user_id, label) VALUES (7, 2, 'gold'), (8, NULL, 'none')");

            String sql = DiffCommand.next(folder, schema, Target.D1);
            Files.writeString(folder.resolve("0002_schema_diff.sql"), sql);
            Migrations.fromDirectory(folder).migrate(d1);

            assertEquals(
                    List.of("1 ada", "2 bob"),
                    d1.many("SELECT id, name FROM users ORDER BY id", r -> r.getLong(1) + " " + r.getString(2)));
            assertEquals(
                    List.of("10 1 a 0", "11 1 b 0", "12 2 c 0"),
                    d1.many(
                            "SELECT id, user_id, headline, draft FROM posts ORDER BY id",
                            r -> r.getLong(1) + " " + r.getLong(2) + " " + r.getString(3) + " " + r.getLong(4)));
            assertEquals(
                    List.of("100 10", "101 12"),
                    d1.many("SELECT id, post_id FROM comments ORDER BY id", r -> r.getLong(1) + " " + r.getLong(2)));
            assertEquals(
                    List.of("7 2", "8 null"),
                    d1.many(
                            "SELECT id, user_id FROM badges ORDER BY id",
                            r -> r.getLong(1) + " " + r.getLongOrNull(2)));
            assertEquals(List.of(), d1.many("SELECT * FROM pragma_foreign_key_check", r -> r.getString(1)));

            var live = new SnapshotReader(SchemaQuery.of(d1)).read();
            assertEquals(
                    List.of(), SchemaComparison.differences(ScratchSchema.ofFile(schema), "the schema", live, "D1"));
            assertEquals(
                    List.of(),
                    SchemaComparison.differences(ScratchSchema.ofMigrations(folder), "the migrations", live, "D1"));
        }
    }
}
