package dev.sqlrecord.checker.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column sets of a table that SQLite keeps unique in the sense a lookup needs: no two rows hold
 * values that {@code col = x} finds equal for one x. The analysis proves from them that a query
 * returns at most one row, so each set SQLite reports is taken only when that holds:
 *
 * <ul>
 *   <li>the primary key and UNIQUE constraints, through the indexes SQLite makes for them, and
 *       unique indexes (https://www.sqlite.org/pragma.html#pragma_index_list);
 *   <li>not a partial index: rows outside its WHERE may repeat a value;
 *   <li>not an index on an expression: {@code lower(email)} unique says nothing of {@code email =};
 *   <li>each column indexed under the collation {@code =} uses on it, or compared as BINARY (a
 *       BINARY match is a match under any collation): a column declared {@code COLLATE NOCASE}
 *       under a BINARY unique index may hold 'A' and 'a', which {@code =} finds both
 *       (https://www.sqlite.org/datatype3.html#collation);
 *   <li>the INTEGER PRIMARY KEY of a rowid table is the rowid, and has no index: in a rowid table
 *       SQLite makes a primary-key index exactly when the key is not the rowid
 *       (https://www.sqlite.org/lang_createtable.html#rowid).
 * </ul>
 */
final class UniqueKeys {
    private UniqueKeys() {}

    /**
     * @param collations the collation of each column by lower-cased name, or null when unknown
     * @param primaryKey the table's primary-key columns
     */
    static List<List<String>> of(Connection connection, String table, boolean rowidTable,
                                 Map<String, String> collations, List<String> primaryKey) throws SQLException {
        List<List<String>> keys = new ArrayList<>();
        boolean primaryKeyIndexed = false;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, origin FROM pragma_index_list(?) WHERE \"unique\" AND NOT partial ORDER BY seq DESC")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    primaryKeyIndexed |= rs.getString(2).equals("pk");
                    List<String> columns = comparableColumns(connection, rs.getString(1), collations);
                    if (columns != null) {
                        keys.add(columns);
                    }
                }
            }
        }
        if (rowidTable && !primaryKeyIndexed && primaryKey.size() == 1) {
            keys.add(0, primaryKey);
        }
        return keys;
    }

    /** The index's key columns, or null when one is an expression or under a collation {@code =} does not use. */
    private static List<String> comparableColumns(Connection connection, String index, Map<String, String> collations)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT cid, name, coll FROM pragma_index_xinfo(?) WHERE key ORDER BY seqno")) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(2);
                    // cid -2: an expression; -1: the rowid.
                    if (rs.getInt(1) < 0 || collations == null) {
                        return null;
                    }
                    String compared = collations.get(name.toLowerCase(Locale.ROOT));
                    if (compared == null || !compared.equals("BINARY") && !compared.equalsIgnoreCase(rs.getString(3))) {
                        return null;
                    }
                    columns.add(name);
                }
            }
        }
        return columns;
    }
}
