package dev.sqlrecord.testing.properties;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Row counts of the user's tables, and what {@code foreign_key_check} finds, for the data check. */
final class Counts {
    private Counts() {}

    record Violation(String table, String text) {}

    /** Row count of each user table, by lower-cased name (virtual, shadow and tracking tables left out). */
    static Map<String, Long> of(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_list WHERE schema = 'main'"
                        + " AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                        + " AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'"
                        + " AND name NOT IN ('d1_migrations', 'sqlrecord_migrations') ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(table.toLowerCase(Locale.ROOT), rs.getLong(1));
            }
        }
        return counts;
    }

    /**
     * Rows pointing at missing parents, by table. A foreign key to columns that are no unique key
     * makes SQLite refuse the whole check ("foreign key mismatch"); then each table is checked on
     * its own and such a table left out (test-schema's satisfiable property reports that key).
     */
    static List<Violation> violations(Connection db) throws SQLException {
        try {
            return violations(db, "pragma_foreign_key_check");
        } catch (SQLException mismatch) {
            List<Violation> found = new ArrayList<>();
            for (String table : of(db).keySet()) {
                try {
                    found.addAll(violations(db, "pragma_foreign_key_check('" + table.replace("'", "''") + "')"));
                } catch (SQLException again) {
                    // this table's own foreign key is the mismatched one
                }
            }
            return found;
        }
    }

    private static List<Violation> violations(Connection db, String source) throws SQLException {
        List<Violation> found = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT \"table\", parent, count(*) FROM " + source + " GROUP BY 1, 2 ORDER BY 1, 2")) {
            while (rs.next()) {
                String table = rs.getString(1).toLowerCase(Locale.ROOT);
                found.add(new Violation(
                        table,
                        rs.getLong(3) + " row(s) of " + table + " pointing at missing " + rs.getString(2) + " rows"));
            }
        }
        return found;
    }
}
