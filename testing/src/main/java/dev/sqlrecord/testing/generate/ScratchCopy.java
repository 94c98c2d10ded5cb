package dev.sqlrecord.testing.generate;

import dev.sqlrecord.runtime.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * An in-memory SQLite copy of a database reached through the runtime (SQLite over JDBC or D1): its
 * schema as SQLite stored it, and its rows, so that rows generated on the copy fit the original,
 * existing keys included. Triggers are created after the rows are copied, so they do not fire twice.
 */
final class ScratchCopy {
    private record SchemaObject(String type, String sql) {}

    private ScratchCopy() {}

    static Connection of(Database source) throws SQLException {
        List<SchemaObject> objects = source.many(
                "SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL"
                        + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'"
                        + " ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END",
                row -> new SchemaObject(row.getString(1), row.getString(2)));
        Connection copy = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = copy.createStatement()) {
            for (SchemaObject object : objects) {
                if (!object.type().equals("trigger")) {
                    s.execute(object.sql());
                }
            }
            copy.setAutoCommit(false);
            for (TableShape table : TableShape.read(copy)) {
                copyRows(source, copy, table);
            }
            copy.commit();
            copy.setAutoCommit(true);
            for (SchemaObject object : objects) {
                if (object.type().equals("trigger")) {
                    s.execute(object.sql());
                }
            }
            s.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException | RuntimeException e) {
            copy.close();
            throw e;
        }
        return copy;
    }

    private static void copyRows(Database source, Connection copy, TableShape table) throws SQLException {
        List<TableShape.Column> columns = table.columns();
        if (columns.isEmpty()) {
            return;
        }
        String names = String.join(
                ", ", columns.stream().map(c -> TableShape.quoted(c.name())).toList());
        // each value with its storage class, integers as text: D1's JSON carries no exact integer beyond 2^53
        String select = String.join(
                ", ",
                columns.stream()
                        .map(c -> TableShape.quoted(c.name()))
                        .map(c -> "typeof(" + c + "), CASE typeof(" + c + ") WHEN 'integer' THEN CAST(" + c
                                + " AS TEXT) ELSE " + c + " END")
                        .toList());
        List<Object[]> rows = source.many("SELECT " + select + " FROM " + TableShape.quoted(table.name()), row -> {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = "integer".equals(row.getString(2 * i + 1))
                        ? (Object) Long.parseLong(row.getString(2 * i + 2))
                        : row.getObject(2 * i + 2);
            }
            return values;
        });
        String insert = "INSERT INTO " + TableShape.quoted(table.name()) + " (" + names + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement statement = copy.prepareStatement(insert)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.executeUpdate();
            }
        }
    }
}
