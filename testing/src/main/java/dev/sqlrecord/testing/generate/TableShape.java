package dev.sqlrecord.testing.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the generator needs to know about one table, read from SQLite itself (its pragmas and the
 * stored CREATE TABLE text), so that it works on any database a migration left behind.
 *
 * @param name        the table's name as SQLite stores it
 * @param createSql   its CREATE TABLE statement, for the CHECK constraints
 * @param columns     the columns that take a value on insert (generated columns excluded)
 * @param foreignKeys its foreign keys, each with its columns in order
 */
record TableShape(String name, String createSql, List<Column> columns, List<ForeignKey> foreignKeys) {

    /** @param hasDefault whether it declares a DEFAULT, so an insert may leave it out */
    record Column(String name, String declaredType, boolean notNull, int primaryKeyPosition, boolean hasDefault) {
        String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        /** {@code INTEGER PRIMARY KEY}: a rowid alias, so any fresh integer will do. */
        boolean integerKey() {
            return primaryKeyPosition > 0 && declaredType.equalsIgnoreCase("INTEGER");
        }
    }

    /** @param parentColumns referenced columns; empty when the key names none (the parent's primary key) */
    record ForeignKey(String parent, List<String> columns, List<String> parentColumns) {
        boolean selfReference(String table) {
            return parent.equalsIgnoreCase(table);
        }
    }

    /** The user's ordinary tables: no virtual, shadow, internal or migration-tracking ones. */
    static List<TableShape> read(Connection db) throws SQLException {
        List<TableShape> tables = new ArrayList<>();
        for (String[] table : rows(
                db,
                "SELECT l.name, m.sql FROM pragma_table_list l JOIN sqlite_master m"
                        + " ON m.name = l.name AND m.type = 'table' WHERE l.schema = 'main' AND l.type = 'table'"
                        + " AND l.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND l.name NOT LIKE '\\_cf\\_%' ESCAPE '\\'"
                        + " AND l.name NOT IN ('d1_migrations', 'sqlrecord_migrations') ORDER BY l.name")) {
            tables.add(new TableShape(table[0], table[1], columns(db, table[0]), foreignKeys(db, table[0])));
        }
        return tables;
    }

    private static List<Column> columns(Connection db, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        // hidden: 0 ordinary, 1 hidden column of a virtual table, 2 and 3 generated
        for (String[] c : rows(
                db,
                "SELECT name, type, \"notnull\", pk, dflt_value IS NOT NULL FROM pragma_table_xinfo(" + literal(table)
                        + ") WHERE hidden = 0 ORDER BY cid")) {
            columns.add(new Column(
                    c[0], c[1] == null ? "" : c[1], "1".equals(c[2]), Integer.parseInt(c[3]), "1".equals(c[4])));
        }
        return columns;
    }

    private static List<ForeignKey> foreignKeys(Connection db, String table) throws SQLException {
        Map<String, List<String[]>> byId = new LinkedHashMap<>();
        for (String[] k : rows(
                db,
                "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(" + literal(table)
                        + ") ORDER BY id, seq")) {
            byId.computeIfAbsent(k[0], id -> new ArrayList<>()).add(k);
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<String[]> parts : byId.values()) {
            List<String> from = parts.stream().map(p -> p[2]).toList();
            List<String> to = parts.stream().allMatch(p -> p[3] != null)
                    ? parts.stream().map(p -> p[3]).toList()
                    : List.of();
            keys.add(new ForeignKey(parts.get(0)[1], from, to));
        }
        return keys;
    }

    static List<String[]> rows(Connection db, String sql) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
