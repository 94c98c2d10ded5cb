package dev.sqlrecord.checker.schema;

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
     * @param indexes the table's indexes
     * @param collations the collation of each column by lower-cased name, or null when unknown
     * @param primaryKey the table's primary-key columns
     */
    static List<List<String>> of(
            List<IndexFacts> indexes, boolean rowidTable, Map<String, String> collations, List<String> primaryKey) {
        List<List<String>> keys = new ArrayList<>();
        boolean primaryKeyIndexed = false;
        for (IndexFacts index : indexes) {
            if (!index.unique() || index.partial()) {
                continue;
            }
            primaryKeyIndexed |= index.primaryKey();
            List<String> columns = comparableColumns(index, collations);
            if (columns != null) {
                keys.add(columns);
            }
        }
        if (rowidTable && !primaryKeyIndexed && primaryKey.size() == 1) {
            keys.add(0, primaryKey);
        }
        return keys;
    }

    /** The index's key columns, or null when one is an expression or under a collation {@code =} does not use. */
    private static List<String> comparableColumns(IndexFacts index, Map<String, String> collations) {
        List<String> columns = new ArrayList<>();
        for (IndexFacts.KeyColumn column : index.keyColumns()) {
            // cid -2: an expression; -1: the rowid.
            if (column.cid() < 0 || collations == null) {
                return null;
            }
            String compared = collations.get(column.name().toLowerCase(Locale.ROOT));
            if (compared == null || !compared.equals("BINARY") && !compared.equalsIgnoreCase(column.collation())) {
                return null;
            }
            columns.add(column.name());
        }
        return columns;
    }
}
