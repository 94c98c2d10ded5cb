package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.runtime.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a schema is read: a query whose values come back as text. A live database is read through the
 * runtime's {@link Database} (the one way to reach D1); a scratch SQLite through its JDBC connection.
 */
@FunctionalInterface
public interface SchemaQuery {
    /** The rows of {@code sql}, each its first {@code columns} values as text (null for NULL). */
    List<String[]> rows(String sql, int columns, Object... params);

    static SchemaQuery of(Database db) {
        return (sql, columns, params) -> db.many(
                sql,
                row -> {
                    String[] values = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        values[i] = row.getString(i + 1);
                    }
                    return values;
                },
                params);
    }

    /** Reads through a JDBC connection; a failing query is an {@link IllegalStateException} with SQLite's message. */
    static SchemaQuery of(Connection connection) {
        return (sql, columns, params) -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<String[]> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String[] values = new String[columns];
                        for (int i = 0; i < columns; i++) {
                            values[i] = rs.getString(i + 1);
                        }
                        out.add(values);
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        };
    }
}
