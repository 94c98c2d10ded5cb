package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.evolve.SchemaSnapshot.ColumnFacts;
import dev.sqlrecord.checker.evolve.SchemaSnapshot.Definition;
import dev.sqlrecord.checker.evolve.SchemaSnapshot.TableFacts;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.schema.ReplayObserver;
import dev.sqlrecord.checker.schema.SchemaBuilder;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans the next migration from the schema the migrations build to a desired schema. Each step is
 * run on a scratch copy of the migrated schema as it is planned, so SQLite itself decides what
 * ALTER TABLE can do: a table's renames, dropped and added columns are tried as ALTER TABLE and
 * kept only when the table then is exactly the desired one; otherwise the table is rebuilt as
 * sqlite.org's ALTER TABLE page describes (a new table, copy, drop, rename, indexes, triggers and
 * views made again). On SQLite the file turns foreign keys off, which the runner honours and
 * checks before its commit. D1 keeps foreign keys on, so the DROP of a rebuilt table would delete
 * or null the rows of tables that reference it (and fail for the rest): there the referencing
 * tables' rows are copied aside and emptied first, and put back after the rebuilds.
 */
public final class MigrationPlanner {
    private final Connection scratch;
    private final SchemaSnapshot desired;
    private final DesiredSchema renames;
    private final Target target;
    private final List<String> steps = new ArrayList<>();

    private MigrationPlanner(Connection scratch, SchemaSnapshot desired, DesiredSchema renames, Target target) {
        this.scratch = scratch;
        this.desired = desired;
        this.renames = renames;
        this.target = target;
    }

    /**
     * The SQL of the migration, empty when the schemas are already equal. An {@link IOException}
     * says why no migration is planned (a failing step, or a schema it cannot reach).
     */
    public static String plan(
            List<ParsedMigration> migrations, SchemaSnapshot desired, DesiredSchema renames, Target target)
            throws IOException {
        try (Connection scratch = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            if (!new SchemaBuilder(scratch, new dev.sqlrecord.checker.diag.Diagnostics())
                    .apply(migrations, ReplayObserver.NONE)) {
                throw new IOException("the migrations do not apply; run check for the reason");
            }
            MigrationPlanner planner = new MigrationPlanner(scratch, desired, renames, target);
            planner.run();
            List<String> left = SchemaComparison.differences(
                    desired, "the desired schema", planner.read(), "the migration's result");
            if (!left.isEmpty()) {
                throw new IOException(
                        "no migration found that reaches the desired schema:\n" + String.join("\n", left));
            }
            return planner.steps.isEmpty() ? "" : String.join("\n", planner.steps) + "\n";
        } catch (SQLException e) {
            throw new IOException("a planned step failed on the scratch schema: " + e.getMessage(), e);
        }
    }

    private SchemaSnapshot read() {
        return new SnapshotReader(SchemaQuery.of(scratch)).read();
    }

    private void run() throws SQLException, IOException {
        SchemaSnapshot current = read();
        for (var rename : renames.tables().entrySet()) {
            if (current.tables().containsKey(rename.getKey())
                    && !current.tables().containsKey(rename.getValue())) {
                step("ALTER TABLE " + q(rename.getKey()) + " RENAME TO " + q(rename.getValue()) + ";");
            }
        }
        current = read();
        Set<String> rebuilt = new LinkedHashSet<>();
        Set<String> altered = new LinkedHashSet<>();
        for (TableFacts want : desired.tables().values()) {
            TableFacts have = current.tables().get(key(want.name()));
            if (have != null && !SchemaComparison.tableDifferences(want, have).isEmpty()) {
                altered.add(key(want.name()));
            }
        }
        boolean structural = !altered.isEmpty()
                || current.tables().keySet().stream()
                        .anyMatch(t -> !desired.tables().containsKey(t));
        dropDefinitions(current, structural);
        // new tables first: a rebuilt table may come to reference one
        for (String table : Referencing.parentsFirst(
                desired, new LinkedHashSet<>(desired.tables().keySet()))) {
            if (!current.tables().containsKey(table)) {
                step(desired.tables().get(table).sql().strip() + ";");
            }
        }
        for (String table : altered) {
            List<String> alters =
                    AlterTrial.tryAlter(scratch, renames, desired.tables().get(table));
            if (alters != null) {
                steps.addAll(alters);
            } else {
                rebuilt.add(table);
            }
        }
        if (!rebuilt.isEmpty()) {
            rebuild(rebuilt);
        }
        current = read();
        for (TableFacts have : current.tables().values()) {
            if (!desired.tables().containsKey(key(have.name()))) {
                step("DROP TABLE " + q(have.name()) + ";");
            }
        }
        createDefinitions();
        if (target == Target.SQLITE && !rebuilt.isEmpty()) {
            // for tools other than our runner (which checks foreign keys before its commit, then restores them)
            step("PRAGMA foreign_keys = ON;");
        }
    }

    /** Drops the indexes, views and triggers that differ; all views and triggers when a table changes shape. */
    private void dropDefinitions(SchemaSnapshot current, boolean structural) throws SQLException {
        for (Definition d : current.triggers().values()) {
            if (structural || differs(d, desired.triggers())) {
                step("DROP TRIGGER " + q(d.name()) + ";");
            }
        }
        for (Definition d : reversed(current.views().values())) {
            if (structural || differs(d, desired.views())) {
                step("DROP VIEW " + q(d.name()) + ";");
            }
        }
        for (Definition d : current.indexes().values()) {
            if (differs(d, desired.indexes())) {
                step("DROP INDEX " + q(d.name()) + ";");
            }
        }
    }

    private static boolean differs(Definition d, Map<String, Definition> wanted) {
        Definition w = wanted.get(key(d.name()));
        return w == null || !w.normalized().equals(d.normalized());
    }

    private void createDefinitions() throws SQLException {
        SchemaSnapshot current = read();
        for (var kind : List.of(
                new Kind(desired.indexes(), current.indexes()),
                new Kind(desired.views(), current.views()),
                new Kind(desired.triggers(), current.triggers()))) {
            for (Definition d : kind.wanted().values()) {
                if (!kind.present().containsKey(key(d.name()))) {
                    step(d.sql().strip() + ";");
                }
            }
        }
    }

    private record Kind(Map<String, Definition> wanted, Map<String, Definition> present) {}

    /** The twelve steps for each table in {@code tables}, with D1's referencing rows kept aside around them. */
    private void rebuild(Set<String> tables) throws SQLException, IOException {
        SchemaSnapshot current = read();
        List<String> kept = List.of();
        if (target == Target.SQLITE) {
            steps.add(0, "PRAGMA foreign_keys = OFF;");
        } else {
            kept = Referencing.closure(current, tables);
            for (String t : kept) {
                String columns = insertable(current.tables().get(t));
                step("CREATE TABLE " + q("__keep_" + t) + " AS SELECT " + columns + " FROM " + q(t) + ";");
            }
            for (String t : reversed(kept)) {
                step("DELETE FROM " + q(t) + ";");
            }
        }
        for (String table : Referencing.parentsFirst(desired, tables)) {
            TableFacts want = desired.tables().get(table);
            TableFacts have = current.tables().get(table);
            if (target == Target.D1
                    && want.foreignKeys().stream()
                            .anyMatch(fk -> fk.contains("REFERENCES " + table + " ")
                                    || fk.contains("REFERENCES " + table + " ("))) {
                throw new IOException("table " + want.name() + " references itself, and on D1 (foreign keys always on)"
                        + " dropping the old table during its rebuild would delete or orphan the copy's rows; make the"
                        + " change in two migrations that keep the table, or target sqlite");
            }
            String copy = "__new_" + table;
            Map<String, String> renamed = renames.columnsOf(table);
            List<String> into = new ArrayList<>();
            List<String> from = new ArrayList<>();
            for (ColumnFacts c : want.columns()) {
                if (c.generated() != null) {
                    continue;
                }
                String source = renamed.entrySet().stream()
                        .filter(e -> e.getValue().equals(key(c.name())))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(key(c.name()));
                have.column(source).filter(h -> h.generated() == null).ifPresent(h -> {
                    into.add(q(c.name()));
                    // a column becoming NOT NULL takes its DEFAULT where it held NULL; without one,
                    // the copy fails on such rows and the data check refuses the migration
                    boolean tightened = c.notNull() && !h.notNull() && c.defaultSql() != null;
                    from.add(tightened ? "coalesce(" + q(h.name()) + ", " + c.defaultSql() + ")" : q(h.name()));
                });
            }
            step(DesiredSchema.renamed(want.sql().strip(), copy) + ";");
            step("INSERT INTO " + q(copy) + " (" + String.join(", ", into) + ") SELECT " + String.join(", ", from)
                    + " FROM " + q(have.name()) + ";");
            step("DROP TABLE " + q(have.name()) + ";");
            step("ALTER TABLE " + q(copy) + " RENAME TO " + q(want.name()) + ";");
        }
        SchemaSnapshot after = read();
        for (String t : kept) {
            TableFacts now = after.tables().get(t);
            List<String> into = new ArrayList<>();
            List<String> from = new ArrayList<>();
            for (ColumnFacts c : current.tables().get(t).columns()) {
                String name = renames.columnsOf(t).getOrDefault(key(c.name()), c.name());
                if (c.generated() == null
                        && now.column(name).filter(n -> n.generated() == null).isPresent()) {
                    into.add(q(name));
                    from.add(q(c.name()));
                }
            }
            step("INSERT INTO " + q(t) + " (" + String.join(", ", into) + ") SELECT " + String.join(", ", from)
                    + " FROM " + q("__keep_" + t) + ";");
            step("DROP TABLE " + q("__keep_" + t) + ";");
        }
    }

    private static <T> List<T> reversed(java.util.Collection<T> items) {
        List<T> out = new ArrayList<>(items);
        java.util.Collections.reverse(out);
        return out;
    }

    private static String insertable(TableFacts table) {
        return String.join(
                ", ",
                table.columns().stream()
                        .filter(c -> c.generated() == null)
                        .map(c -> q(c.name()))
                        .toList());
    }

    private void step(String sql) throws SQLException {
        exec(sql);
        steps.add(sql);
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = scratch.createStatement()) {
            s.execute(sql);
        }
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String q(String name) {
        return SqlText.quote(name);
    }
}
