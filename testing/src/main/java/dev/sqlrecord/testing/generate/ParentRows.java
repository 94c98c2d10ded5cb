package dev.sqlrecord.testing.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Foreign keys of a row being drawn: each key's columns take an existing parent row's values (all
 * columns of a composite key from the same parent row); a self-reference may point at the row
 * itself; a nullable key is sometimes NULL, and always NULL when its parent has no row yet, which is
 * what lets cycles through nullable keys fill.
 */
final class ParentRows {
    private final Random random;

    ParentRows(Random random) {
        this.random = random;
    }

    /** Sets each foreign key's columns; a reason when a required parent has no row. */
    String pointAt(Connection db, TableShape table, Map<String, Object> row) throws SQLException {
        for (TableShape.ForeignKey key : table.foreignKeys()) {
            List<String> parentColumns =
                    key.parentColumns().isEmpty() ? primaryKey(db, key.parent()) : key.parentColumns();
            boolean required = table.columns().stream()
                    .anyMatch(c -> c.notNull() && key.columns().stream().anyMatch(k -> k.equalsIgnoreCase(c.name())));
            List<Object> parent;
            if (!required && random.nextInt(6) == 0) {
                parent = null;
            } else if (key.selfReference(table.name()) && (random.nextInt(3) == 0 || required)) {
                parent = RowInserter.ownValues(row, parentColumns);
            } else {
                parent = parentRow(db, key.parent(), parentColumns);
            }
            if (parent == null && required) {
                return "its NOT NULL foreign key (" + String.join(", ", key.columns()) + ") needs a row of "
                        + key.parent() + ", and " + key.parent() + " has none";
            }
            for (int i = 0; i < key.columns().size(); i++) {
                row.put(key.columns().get(i).toLowerCase(Locale.ROOT), parent == null ? null : parent.get(i));
            }
        }
        return null;
    }

    /** A seeded pick among the parent's rows whose key columns are all set; null if there is none. */
    private List<Object> parentRow(Connection db, String parent, List<String> columns) throws SQLException {
        if (columns.isEmpty()) {
            return null;
        }
        String select =
                String.join(", ", columns.stream().map(TableShape::quoted).toList());
        String where = String.join(
                " AND ",
                columns.stream().map(c -> TableShape.quoted(c) + " IS NOT NULL").toList());
        String from = " FROM " + TableShape.quoted(parent) + " WHERE " + where;
        try (Statement s = db.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT " + select + from + " ORDER BY " + select + " LIMIT 1 OFFSET (abs("
                                + random.nextLong() % 1_000_000 + ") % max(1, (SELECT count(*)" + from + ")))")) {
            if (!rs.next()) {
                return null;
            }
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= columns.size(); i++) {
                values.add(rs.getObject(i));
            }
            return values;
        } catch (SQLException e) {
            return null; // a missing parent table or column: no parent row to offer
        }
    }

    private static List<String> primaryKey(Connection db, String table) throws SQLException {
        return TableShape.rows(
                        db,
                        "SELECT name FROM pragma_table_info(" + TableShape.literal(table)
                                + ") WHERE pk > 0 ORDER BY pk")
                .stream()
                .map(r -> r[0])
                .toList();
    }
}
