package dev.sqlrecord.checker.analyze;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The tables where an INSERT may write nothing and raise no error, so that its RETURNING gives no
 * row: a constraint declared {@code ON CONFLICT IGNORE} in the table's definition, a trigger on it
 * that may {@code RAISE(IGNORE)}, or a virtual table (its module decides). Found by the word
 * IGNORE anywhere in the table's or a trigger's SQL: a column or a string that happens to say
 * "ignore" costs a proof, never soundness
 * (https://www.sqlite.org/lang_conflict.html, https://www.sqlite.org/lang_createtrigger.html#raise).
 */
final class SilentInserts {
    private static final String QUERY = "SELECT tbl_name FROM %s WHERE type IN ('table', 'trigger')"
            + " AND (sql LIKE '%%IGNORE%%' OR sql LIKE 'CREATE VIRTUAL%%')";

    private SilentInserts() {}

    /** Lower-case table names, from the main and temp schemas of {@code connection}. */
    static Set<String> tables(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        for (String schema : new String[] {"sqlite_schema", "sqlite_temp_schema"}) {
            try (PreparedStatement query = connection.prepareStatement(String.format(QUERY, schema));
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
