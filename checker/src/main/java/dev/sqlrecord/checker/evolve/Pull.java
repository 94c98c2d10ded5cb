package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.schema.ReplayObserver;
import dev.sqlrecord.checker.schema.SchemaBuilder;
import dev.sqlrecord.checker.schema.SchemaReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code pull}: an existing database adopted as a baseline migration, starter queries and records.
 * The baseline is the stored text of each object ({@code sqlite_schema.sql} is exactly what SQLite
 * would run to rebuild it, generated columns, WITHOUT ROWID, STRICT and partial or expression
 * indexes included), tables ordered parents first. Before anything is written, the baseline is
 * applied to a scratch SQLite and its schema compared with the database's: a baseline that would
 * not rebuild the same schema is refused, never written.
 */
public final class Pull {
    public static final String BASELINE = "0001_baseline.sql";

    private Pull() {}

    /** Writes {@code out/migrations/0001_baseline.sql}, {@code out/queries/<table>.sql} and, with a package, records. */
    public static List<Path> run(SchemaQuery db, Path out, String packageName) throws IOException {
        SchemaSnapshot live = new SnapshotReader(db).read();
        Set<String> shadow = shadowTables(db);
        String baseline = baseline(live, db, shadow);
        Path migrations = out.resolve("migrations");
        if (Files.isDirectory(migrations) && !MigrationFolder.isEmpty(migrations)) {
            throw new IOException(
                    ScratchSchema.display(migrations) + " already holds migrations; pull into an empty folder");
        }
        SourceFile source = new SourceFile(migrations.resolve(BASELINE), "migrations/" + BASELINE, baseline);
        SchemaModel model;
        SchemaSnapshot rebuilt;
        Diagnostics diagnostics = new Diagnostics();
        try (Connection scratch = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            if (!new SchemaBuilder(scratch, diagnostics)
                    .apply(List.of(ParsedMigration.of(source)), ReplayObserver.NONE)) {
                throw new IOException(
                        "the baseline does not apply: " + diagnostics.report().strip());
            }
            model = new SchemaReader(scratch).read();
            rebuilt = new SnapshotReader(SchemaQuery.of(scratch)).read();
        } catch (SQLException e) {
            throw new IOException("the scratch SQLite database failed: " + e.getMessage(), e);
        }
        List<String> differences = SchemaComparison.differences(live, "the database", rebuilt, "the baseline");
        if (!differences.isEmpty()) {
            throw new IOException(
                    "the baseline would not rebuild the database's schema:\n" + String.join("\n", differences));
        }
        List<Path> written = new ArrayList<>();
        written.add(write(migrations.resolve(BASELINE), baseline));
        StarterQueries starters = new StarterQueries(packageName, live);
        for (SchemaModel.Table table : model.tables()) {
            if (table.view()
                    || shadow.contains(table.name().toLowerCase(Locale.ROOT))
                    || !live.tables().containsKey(table.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String queries = starters.queries(table);
            if (queries == null) {
                continue;
            }
            written.add(write(out.resolve("queries").resolve(StarterQueries.fileName(table.name()) + ".sql"), queries));
            if (packageName != null) {
                written.add(write(
                        out.resolve("records")
                                .resolve(packageName.replace('.', '/'))
                                .resolve(StarterQueries.recordName(table.name()) + ".java"),
                        starters.record(table)));
            }
        }
        return written;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Tables (parents before children), then indexes, views and triggers, each as SQLite stores it. */
    static String baseline(SchemaSnapshot live, SchemaQuery db, Set<String> shadow) {
        StringBuilder sql =
                new StringBuilder("-- Baseline: the schema of an existing database, written by sqlrecord pull.\n");
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (SchemaSnapshot.TableFacts table : live.tables().values()) {
            String key = table.name().toLowerCase(Locale.ROOT);
            if (shadow.contains(key)) {
                continue;
            }
            Set<String> of = new LinkedHashSet<>();
            for (String[] r : db.rows("SELECT \"table\" FROM pragma_foreign_key_list(?)", 1, table.name())) {
                of.add(r[0].toLowerCase(Locale.ROOT));
            }
            of.remove(key);
            parents.put(key, of);
        }
        Set<String> done = new LinkedHashSet<>();
        while (done.size() < parents.size()) {
            String next = parents.keySet().stream()
                    .filter(t -> !done.contains(t))
                    .filter(t -> parents.get(t).stream().allMatch(p -> done.contains(p) || !parents.containsKey(p)))
                    .findFirst()
                    // a cycle of foreign keys: SQLite checks references when rows change, not when tables are created
                    .orElseGet(() -> parents.keySet().stream()
                            .filter(t -> !done.contains(t))
                            .findFirst()
                            .orElseThrow());
            done.add(next);
            sql.append('\n').append(live.tables().get(next).sql().strip()).append(";\n");
        }
        for (var kind : List.of(live.indexes(), live.views(), live.triggers())) {
            for (SchemaSnapshot.Definition d : kind.values()) {
                if (!shadow.contains(d.table().toLowerCase(Locale.ROOT))) {
                    sql.append('\n').append(d.sql().strip()).append(";\n");
                }
            }
        }
        return sql.toString();
    }

    /** A virtual table's own tables (an FTS index's data, say): its CREATE VIRTUAL TABLE makes them again. */
    private static Set<String> shadowTables(SchemaQuery db) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] r : db.rows("SELECT name FROM pragma_table_list WHERE type = 'shadow'", 1)) {
            out.add(r[0].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Whether a folder holds no {@code .sql} file. */
    private static final class MigrationFolder {
        static boolean isEmpty(Path dir) throws IOException {
            try (var files = Files.list(dir)) {
                return files.noneMatch(p -> p.getFileName().toString().endsWith(".sql"));
            }
        }
    }
}
