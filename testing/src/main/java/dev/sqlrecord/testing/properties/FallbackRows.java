package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.schema.CheckConstraints;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A second way to a row, for a table the generator could not fill: each CHECK's columns take values
 * SQLite found to pass it ({@link CheckGrid}, NULL first where the column allows it), the other
 * columns a serial number, each foreign key a parent row's values. So that a CHECK only NULL
 * meets (on a nullable column) does not leave the table, and every table needing it, without rows.
 */
final class FallbackRows {
    private FallbackRows() {}

    /** Tries {@code count} rows for the table; SQLite keeps those it accepts. */
    static void fill(
            Connection db,
            Scenarios scenarios,
            SchemaModel.Table table,
            List<SampleRows.Col> cols,
            String ddl,
            int count)
            throws SQLException {
        SQLiteParser.CreateTableStmtContext create = CheckConstraints.createTable(ddl);
        for (int serial = 1; serial <= count; serial++) {
            Map<String, Object> row = Scenario.simplest(cols);
            for (SampleRows.Col col : cols) {
                if (col.notNull() || col.pk() > 0) {
                    row.put(col.name(), row.get(col.name()) instanceof String ? "v" + serial : (Object) (long) serial);
                }
            }
            for (SQLiteParser.ExprContext check : CheckConstraints.checks(create)) {
                String text = ddl.substring(
                        check.getStart().getStartIndex(), check.getStop().getStopIndex() + 1);
                List<Map<String, Object>> passing = CheckGrid.search(
                        scenarios, table.name(), cols, List.of(), check, text, CheckGrid.Want.PASSES, count);
                if (!passing.isEmpty()) {
                    passing.get((serial - 1) % passing.size()).forEach((c, v) -> row.put(name(cols, c), v));
                }
            }
            for (SchemaModel.ForeignKey key : table.foreignKeys()) {
                List<List<Object>> parent = SampleRows.query(
                        db,
                        "SELECT "
                                + String.join(
                                        ", ",
                                        parentColumns(key).stream()
                                                .map(Step::quoted)
                                                .toList()) + " FROM " + Step.quoted(key.table()) + " LIMIT 1 OFFSET "
                                + (serial - 1));
                for (int i = 0; i < key.columns().size(); i++) {
                    row.put(
                            name(cols, key.columns().get(i)),
                            parent.isEmpty() ? null : parent.get(0).get(i));
                }
            }
            Step insert = Step.insert(table.name(), row);
            try (PreparedStatement statement = db.prepareStatement(insert.sql())) {
                List<Object> params = insert.params();
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                statement.executeUpdate();
            } catch (SQLException refused) {
                // SQLite judges: a refused row is simply not there
            }
        }
    }

    private static List<String> parentColumns(SchemaModel.ForeignKey key) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            out.add(
                    i < key.referencedColumns().size()
                                    && key.referencedColumns().get(i) != null
                            ? key.referencedColumns().get(i)
                            : "rowid");
        }
        return out;
    }

    private static String name(List<SampleRows.Col> cols, String column) {
        return cols.stream()
                .map(SampleRows.Col::name)
                .filter(n -> n.toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(column);
    }
}
