package dev.sqlrecord.checker.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts a few rows into every table, driven by the schema alone: a fresh value per column and row
 * (so UNIQUE holds), by the column's affinity, and foreign keys pointing at an existing parent row.
 * Parents are filled before children. A row the schema still refuses (a CHECK, say) is skipped:
 * the point is to have rows for a migration to keep, not to cover every table.
 */
final class RowFiller {
    private static final int ROWS = 3;
    private final Connection db;
    private long next = 1_000;

    RowFiller(Connection db) {
        this.db = db;
    }

    /** The user's tables, by lower-cased name: ordinary tables only (no virtual, internal or tracking ones). */
    static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'"
                        + " AND name NOT IN ('d1_migrations', 'sqlrecord_migrations')"
                        + " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    void fill() throws SQLException {
        List<String> tables = tables(db);
        // a few rounds let children find the parents a later-sorted table just got
        for (int round = 0; round < 2; round++) {
            for (String table : tables) {
                for (int i = 0; i < ROWS; i++) {
                    insert(table);
                }
            }
        }
    }

    private void insert(String table) throws SQLException {
        Map<String, String> parents = foreignKeys(table);
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, type, hidden FROM pragma_table_xinfo('" + quote(table) + "')")) {
            while (rs.next()) {
                if (rs.getInt(3) != 0) {
                    continue; // generated columns take no value
                }
                String column = rs.getString(1);
                String parent = parents.get(column.toLowerCase(Locale.ROOT));
                columns.add("\"" + column.replace("\"", "\"\"") + "\"");
                values.add(parent != null ? parentValue(parent) : value(rs.getString(2)));
            }
        }
        String sql = "INSERT INTO \"" + table.replace("\"", "\"\"") + "\" (" + String.join(", ", columns)
                + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            // refused by a constraint we do not model: this table just gets fewer rows
        }
    }

    /** Column (lower case) → {@code "parent"."column"} it references. */
    private Map<String, String> foreignKeys(String table) throws SQLException {
        Map<String, String> keys = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list('"
                        + quote(table) + "')")) {
            while (rs.next()) {
                String to = rs.getString(3);
                keys.put(rs.getString(1).toLowerCase(Locale.ROOT), "\"" + rs.getString(2).replace("\"", "\"\"") + "\"."
                        + (to == null ? "rowid" : "\"" + to.replace("\"", "\"\"") + "\""));
            }
        }
        return keys;
    }

    private Object parentValue(String parentColumn) throws SQLException {
        int dot = parentColumn.indexOf("\".") + 1;
        String sql = "SELECT " + parentColumn.substring(dot + 1) + " FROM " + parentColumn.substring(0, dot)
                + " ORDER BY random() LIMIT 1";
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            return null; // parent table missing: the insert will say so, or the column is nullable
        }
    }

    /** A fresh value of the column's affinity (https://www.sqlite.org/datatype3.html#affinity_name_examples). */
    private Object value(String declared) {
        long n = next++;
        String type = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return n;
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return "row " + n;
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return n + 0.5;
        }
        if (type.contains("BLOB") || type.isEmpty()) {
            return n;
        }
        return n;
    }

    private static String quote(String name) {
        return name.replace("'", "''");
    }

    /** Row count of each table. */
    static Map<String, Long> counts(Connection db) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables(db)) {
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(table.toLowerCase(Locale.ROOT), rs.getLong(1));
            }
        }
        return counts;
    }
}
