package dev.sqlrecord.testing.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A table's rows as they are stored (written columns only), in a fixed order so that a seeded pick is reproducible. */
final class ExistingRows {
    private ExistingRows() {}

    static List<InsertedRow> of(Connection db, String table) throws SQLException {
        TableShape shape = TableShape.read(db).stream()
                .filter(t -> t.name().equalsIgnoreCase(table))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + table + " in the database"));
        List<TableShape.Column> columns = shape.columns();
        List<InsertedRow> rows = new ArrayList<>();
        if (columns.isEmpty()) {
            return rows;
        }
        String names = String.join(
                ", ", columns.stream().map(c -> TableShape.quoted(c.name())).toList());
        String order = String.join(
                ", ",
                IntStream.rangeClosed(1, columns.size())
                        .mapToObj(Integer::toString)
                        .toList());
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT " + names + " FROM " + TableShape.quoted(shape.name()) + " ORDER BY " + order)) {
            while (rs.next()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    Object value = rs.getObject(i + 1);
                    values.put(columns.get(i).name(), value instanceof Integer n ? (Object) n.longValue() : value);
                }
                rows.add(new InsertedRow(shape.name(), values));
            }
        }
        return rows;
    }
}
