package dev.sqlrecord.testing.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.evolve.SchemaComparison;
import dev.sqlrecord.checker.evolve.SchemaQuery;
import dev.sqlrecord.checker.evolve.ScratchSchema;
import dev.sqlrecord.checker.evolve.SnapshotReader;
import dev.sqlrecord.checker.evolve.SqlText;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.Statement;
import dev.sqlrecord.runtime.migrations.Migrations;
import dev.sqlrecord.testing.generate.RowGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenarios of every kind of table change, each on the real local D1: the current migrations
 * applied by the runtime's runner, the tables filled with generated rows (made on SQLite, copied
 * over), the migration {@code diff} writes for D1 applied by the runner; every table keeps its row
 * count, {@code foreign_key_check} is clean and the database is the desired schema.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class DiffOnLocalD1Test {
    @TempDir
    Path dir;

    static Stream<String[]> scenarios() {
        String family = DiffScenariosTest.FAMILY;
        return Stream.of(
                new String[] {
                    "add columns",
                    family,
                    family.replace("title TEXT NOT NULL)", "title TEXT NOT NULL, views INTEGER NOT NULL DEFAULT 0)")
                },
                new String[] {
                    "column in the middle",
                    family,
                    family.replace(
                            "(id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                            "(id INTEGER PRIMARY KEY, email TEXT, name TEXT NOT NULL)")
                },
                new String[] {
                    "rename and drop column",
                    family,
                    family.replace("label TEXT NOT NULL)", "tag TEXT NOT NULL -- sqlrecord:renamed-from label\n)")
                            .replace("title TEXT NOT NULL)", "title TEXT)")
                },
                new String[] {
                    "parent constraint",
                    family,
                    family.replace("name TEXT NOT NULL)", "name TEXT NOT NULL CHECK (length(name) < 1000))")
                },
                new String[] {
                    "keys and options",
                    family,
                    family.replace("ON DELETE SET NULL", "ON DELETE CASCADE")
                            .replace(
                                    "comments (id INTEGER PRIMARY KEY,",
                                    "comments (id INTEGER PRIMARY KEY AUTOINCREMENT,")
                            .replace("posts (id INTEGER PRIMARY KEY,", "posts (id INTEGER PRIMARY KEY NOT NULL,")
                },
                new String[] {
                    "renamed parent table",
                    family,
                    family.replace("CREATE TABLE users (", "CREATE TABLE accounts ( -- sqlrecord:renamed-from users\n")
                            .replace("REFERENCES users", "REFERENCES accounts")
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void appliedOnD1KeepsEveryRow(String name, String current, String desired) throws IOException, SQLException {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(folder.resolve("0001_init.sql"), current);
        Path schema = Files.writeString(dir.resolve("schema.sql"), desired);
        String sql = DiffCommand.next(folder, schema, Target.D1);
        try (Database d1 = LocalD1.get().freshDatabase()) {
            Migrations.fromDirectory(folder).migrate(d1);
            copyGeneratedRows(folder, d1);
            Map<String, List<String>> before = keys(d1);
            Files.writeString(folder.resolve("0002_schema_diff.sql"), sql);
            Migrations.fromDirectory(folder).migrate(d1);
            Map<String, List<String>> after = keys(d1);
            before.put("accounts", before.remove("users"));
            after.putIfAbsent("accounts", after.remove("users"));
            assertEquals(before, after, sql);
            assertEquals(List.of(), d1.many("SELECT * FROM pragma_foreign_key_check", r -> r.getString(1)));
            var live = new SnapshotReader(SchemaQuery.of(d1)).read();
            assertEquals(
                    List.of(),
                    SchemaComparison.differences(ScratchSchema.ofFile(schema), "the schema", live, "D1"),
                    sql);
        }
    }

    /** Generated rows, made on a scratch SQLite by the row generator and inserted into D1 in one batch. */
    private void copyGeneratedRows(Path folder, Database d1) throws SQLException {
        Path file = dir.resolve("rows.db");
        try (Database runner = Database.open("jdbc:sqlite:" + file)) {
            Migrations.fromDirectory(folder).migrate(runner);
        }
        List<Statement<?>> inserts = new ArrayList<>();
        inserts.add(Statement.exec("PRAGMA defer_foreign_keys = ON"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new RowGenerator(20_261_202L).fill(db, 4);
            SchemaQuery query = SchemaQuery.of(db);
            for (var table : new SnapshotReader(query).read().tables().values()) {
                List<String> columns = table.columns().stream()
                        .filter(c -> c.generated() == null)
                        .map(c -> SqlText.quote(c.name()))
                        .toList();
                String values = String.join(
                        " || ',' || ",
                        columns.stream().map(c -> "quote(" + c + ")").toList());
                for (String[] row : query.rows("SELECT " + values + " FROM " + SqlText.quote(table.name()), 1)) {
                    inserts.add(Statement.exec("INSERT INTO " + SqlText.quote(table.name()) + " ("
                            + String.join(", ", columns) + ") VALUES (" + row[0] + ")"));
                }
            }
        }
        d1.batch(inserts);
    }

    /** Per table, its rows' keys and references ({@code id} and {@code *_id} columns), which no scenario renames. */
    private static Map<String, List<String>> keys(Database db) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (var table : new SnapshotReader(SchemaQuery.of(db)).read().tables().values()) {
            List<String> columns = table.columns().stream()
                    .map(c -> c.name())
                    .filter(c -> c.equals("id") || c.endsWith("_id"))
                    .map(c -> "quote(" + SqlText.quote(c) + ")")
                    .toList();
            out.put(
                    table.name(),
                    db.many(
                            "SELECT " + String.join(" || ',' || ", columns) + " FROM " + SqlText.quote(table.name())
                                    + " ORDER BY 1",
                            r -> r.getString(1)));
        }
        return out;
    }
}
