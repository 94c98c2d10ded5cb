package dev.sqlrecord.testing.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row the generator inserted, as SQLite stored it (defaults applied, values converted by the
 * column's affinity): {@code Long}, {@code Double}, {@code String}, {@code byte[]} or null.
 *
 * @param table  the table's name as SQLite stores it
 * @param values by column name, in the table's column order; generated columns are not included,
 *               since they are never written
 */
public record InsertedRow(String table, Map<String, Object> values) {
    public InsertedRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The stored value of a column (the name as the table declares it, any case). */
    public Object get(String column) {
        if (values.containsKey(column)) {
            return values.get(column);
        }
        return values.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(column))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table + " has no written column " + column))
                .getValue();
    }
}
