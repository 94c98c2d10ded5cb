package dev.sqlrecord.testing.generate;

import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

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

    /** Equal when the table and every value are, blobs compared by their bytes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof InsertedRow row
                && table.equals(row.table)
                && List.copyOf(values.keySet()).equals(List.copyOf(row.values.keySet()))
                && values.keySet().stream().allMatch(k -> Objects.deepEquals(values.get(k), row.values.get(k)));
    }

    @Override
    public int hashCode() {
        int hash = table.hashCode();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            hash = 31 * hash
                    + e.getKey().hashCode()
                    + (v instanceof byte[] b ? Arrays.hashCode(b) : Objects.hashCode(v));
        }
        return hash;
    }

    /** The table and its values, blobs as SQL blob literals ({@code X'00FF'}). */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", table + "{", "}");
        values.forEach((k, v) -> out.add(k + "="
                + (v instanceof byte[] b ? "X'" + HexFormat.of().withUpperCase().formatHex(b) + "'" : v)));
        return out.toString();
    }
}
