package dev.sqlrecord.testing.evolve;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.evolve.DesiredSchema;
import dev.sqlrecord.checker.evolve.SchemaComparison;
import dev.sqlrecord.checker.evolve.SchemaQuery;
import dev.sqlrecord.checker.evolve.SchemaSnapshot;
import dev.sqlrecord.checker.evolve.SchemaSnapshot.ColumnFacts;
import dev.sqlrecord.checker.evolve.SchemaSnapshot.TableFacts;
import dev.sqlrecord.checker.evolve.SnapshotReader;
import dev.sqlrecord.checker.evolve.SqlText;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.migrations.Migration;
import dev.sqlrecord.runtime.migrations.Migrations;
import dev.sqlrecord.testing.generate.FillResult;
import dev.sqlrecord.testing.generate.RowGenerator;
import dev.sqlrecord.testing.properties.DataPreservation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proves a planned migration on data: the current migrations applied by the runtime's runner to a
 * scratch SQLite, every table filled with generated rows, the planned migration applied as the
 * target's runner applies it (on D1 foreign keys stay on whatever the file says), then: every row
 * of every table the desired schema keeps is still there with the values of the columns it keeps
 * (renames followed, a column whose type changes excepted, a column made NOT NULL compared
 * with its DEFAULT where it held NULL), {@code foreign_key_check} is clean,
 * and the schema is exactly the desired one.
 */
public final class DiffVerifier {
    private static final int ROWS_PER_TABLE = 4;

    private DiffVerifier() {}

    /** What goes wrong; empty when the migration is proven. */
    public static List<String> problems(
            List<ParsedMigration> migrations,
            Migration planned,
            SchemaSnapshot desired,
            DesiredSchema renames,
            Target target)
            throws IOException {
        Path file = Files.createTempFile("sqlrecord-diff", ".db");
        String url = "jdbc:sqlite:" + file;
        try (Database runner = Database.open(url);
                Connection db = DriverManager.getConnection(url)) {
            List<Migration> existing = new ArrayList<>();
            for (ParsedMigration m : migrations) {
                Migration migration = new Migration(m.name(), m.file().text());
                existing.add(target == Target.D1 ? migration.asRunOnD1() : migration);
            }
            Migrations.of(existing).migrate(runner);
            try (var s = db.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            List<String> problems = new ArrayList<>();
            FillResult filled = new RowGenerator(DataPreservation.SEED).fill(db, ROWS_PER_TABLE);
            filled.unfilled()
                    .forEach((table, why) -> problems.add("no generated row fits table " + table + " (" + why
                            + "), so the migration cannot be proven to keep its rows"));
            SchemaSnapshot before = new SnapshotReader(SchemaQuery.of(db)).read();
            Map<String, List<String>> kept = new HashMap<>();
            Map<String, String> queries = keptRows(before, desired, renames);
            for (var q : queries.entrySet()) {
                kept.put(q.getKey(), rows(db, q.getValue().split("\n")[0]));
            }
            try {
                Migrations.of(List.of(target == Target.D1 ? planned.asRunOnD1() : planned))
                        .migrate(runner);
            } catch (SqlRecordException e) {
                problems.add("applied to a database that has rows" + (target == Target.D1 ? " on D1" : "")
                        + ", it fails: " + e.getMessage());
                return problems;
            }
            for (var q : queries.entrySet()) {
                List<String> after = rows(db, q.getValue().split("\n")[1]);
                List<String> lost = new ArrayList<>(kept.get(q.getKey()));
                after.forEach(lost::remove);
                if (!lost.isEmpty()) {
                    problems.add("table " + q.getKey() + " loses or changes " + lost.size() + " of "
                            + kept.get(q.getKey()).size() + " rows" + (target == Target.D1 ? " on D1" : "")
                            + " (e.g. " + lost.get(0) + ")");
                }
            }
            for (String violation :
                    SchemaQuery.of(db).rows("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check", 3).stream()
                            .map(r -> r[0] + " row " + r[1] + " references a missing row of " + r[2])
                            .toList()) {
                problems.add("after it, foreign_key_check finds " + violation);
            }
            problems.addAll(SchemaComparison.differences(
                    desired, "the desired schema", new SnapshotReader(SchemaQuery.of(db)).read(), "the result"));
            return problems;
        } catch (SQLException e) {
            throw new IOException("the scratch SQLite database failed: " + e.getMessage(), e);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
    }

    /**
     * For each table the desired schema keeps: the query of its kept values before and after
     * (two lines), each row one text of {@code quote()}d values.
     */
    private static Map<String, String> keptRows(SchemaSnapshot before, SchemaSnapshot desired, DesiredSchema renames) {
        Map<String, String> out = new HashMap<>();
        for (TableFacts old : before.tables().values()) {
            String oldName = old.name().toLowerCase(Locale.ROOT);
            String newName = renames.tables().getOrDefault(oldName, oldName);
            TableFacts now = desired.tables().get(newName);
            if (now == null) {
                continue; // dropped: the user's intent
            }
            List<String> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            Map<String, String> columnRenames = renames.columnsOf(newName);
            for (ColumnFacts c : old.columns()) {
                String renamed = columnRenames.getOrDefault(c.name().toLowerCase(Locale.ROOT), c.name());
                ColumnFacts target = now.column(renamed).orElse(null);
                if (target != null
                        && c.generated() == null
                        && target.generated() == null
                        && target.type().equalsIgnoreCase(c.type())) {
                    // a column made NOT NULL with a DEFAULT is meant to take the default where it held NULL
                    boolean tightened = target.notNull() && !c.notNull() && target.defaultSql() != null;
                    String value = tightened
                            ? "coalesce(" + SqlText.quote(c.name()) + ", " + target.defaultSql() + ")"
                            : SqlText.quote(c.name());
                    from.add("quote(" + value + ")");
                    to.add("quote(" + SqlText.quote(target.name()) + ")");
                }
            }
            String fromList = from.isEmpty() ? "''" : String.join(" || ',' || ", from);
            String toList = to.isEmpty() ? "''" : String.join(" || ',' || ", to);
            out.put(
                    now.name(),
                    "SELECT " + fromList + " FROM " + SqlText.quote(old.name()) + "\nSELECT " + toList + " FROM "
                            + SqlText.quote(now.name()));
        }
        return out;
    }

    private static List<String> rows(Connection db, String sql) {
        return SchemaQuery.of(db).rows(sql, 1).stream().map(r -> r[0]).toList();
    }
}
