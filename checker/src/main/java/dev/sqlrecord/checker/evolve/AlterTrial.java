package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.checker.evolve.SchemaSnapshot.ColumnFacts;
import dev.sqlrecord.checker.evolve.SchemaSnapshot.TableFacts;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One table's change tried as ALTER TABLE on the scratch schema, inside a savepoint that is undone when it falls short. */
final class AlterTrial {
    private AlterTrial() {}

    /** The ALTER TABLE statements that make the table exactly as desired (now applied), or null (nothing applied). */
    static List<String> tryAlter(Connection scratch, DesiredSchema renames, TableFacts want) throws SQLException {
        String table = want.name();
        exec(scratch, "SAVEPOINT alter_trial");
        List<String> tried = new ArrayList<>();
        try {
            TableFacts have = read(scratch).tables().get(key(table));
            for (var rename : renames.columnsOf(table).entrySet()) {
                if (have.column(rename.getKey()).isPresent()
                        && have.column(rename.getValue()).isEmpty()) {
                    tried.add(trial(
                            scratch,
                            "ALTER TABLE " + q(table) + " RENAME COLUMN " + q(rename.getKey()) + " TO "
                                    + q(rename.getValue()) + ";"));
                }
            }
            have = read(scratch).tables().get(key(table));
            for (ColumnFacts c : have.columns()) {
                if (want.column(c.name()).isEmpty()) {
                    tried.add(trial(scratch, "ALTER TABLE " + q(table) + " DROP COLUMN " + q(c.name()) + ";"));
                }
            }
            Map<String, String> definitions = DesiredSchema.columnDefinitions(want.sql());
            for (ColumnFacts c : want.columns()) {
                if (have.column(c.name()).isEmpty()) {
                    tried.add(trial(
                            scratch,
                            "ALTER TABLE " + q(table) + " ADD COLUMN " + definitions.get(key(c.name())) + ";"));
                }
            }
            if (SchemaComparison.tableDifferences(want, read(scratch).tables().get(key(table)))
                    .isEmpty()) {
                exec(scratch, "RELEASE alter_trial");
                return tried;
            }
        } catch (SQLException refused) {
            // SQLite refuses this ALTER (a key, a UNIQUE, a dependent index or view...): rebuild instead
        }
        exec(scratch, "ROLLBACK TO alter_trial");
        exec(scratch, "RELEASE alter_trial");
        return null;
    }

    private static String trial(Connection scratch, String sql) throws SQLException {
        exec(scratch, sql);
        return sql;
    }

    private static SchemaSnapshot read(Connection scratch) {
        return new SnapshotReader(SchemaQuery.of(scratch)).read();
    }

    private static void exec(Connection scratch, String sql) throws SQLException {
        try (Statement s = scratch.createStatement()) {
            s.execute(sql);
        }
    }

    private static String key(String name) {
        return MigrationPlanner.key(name);
    }

    private static String q(String name) {
        return SqlText.quote(name);
    }
}
