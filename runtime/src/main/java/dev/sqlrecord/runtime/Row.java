package dev.sqlrecord.runtime;

import java.math.BigDecimal;

/**
 * The current row of a result, read by 1-based column index in result-column order.
 *
 * <p>The primitive getters are for columns the checker proved non-null: they throw a
 * {@link SqlRecordException} on SQL NULL rather than inventing a 0 or {@code false}, so a wrong
 * nullability inference fails loudly. The {@code ...OrNull} getters return {@code null} for SQL NULL.
 * Numeric getters convert the way SQLite does ({@code sqlite3_column_int64}, {@code _double}).
 *
 * <p>A row is only valid inside {@link RowMapper#map}; it exposes no driver types so that the same
 * mappers work on every executor (JDBC today, D1 over HTTP later).
 */
public interface Row {

    /** The column as a 64-bit integer; throws on NULL. */
    long getLong(int column);

    /** The column as a 64-bit integer, or {@code null} for SQL NULL. */
    Long getLongOrNull(int column);

    /** The column as an int; throws on NULL or when the stored integer does not fit in 32 bits. */
    int getInt(int column);

    /** Like {@link #getInt} but {@code null} for SQL NULL. */
    Integer getIntOrNull(int column);

    /** The column as a double; throws on NULL. */
    double getDouble(int column);

    /** The column as a double, or {@code null} for SQL NULL. */
    Double getDoubleOrNull(int column);

    /** A boolean stored as an integer (0 is false, anything else true, as in SQLite); throws on NULL. */
    boolean getBoolean(int column);

    /** Like {@link #getBoolean} but {@code null} for SQL NULL. */
    Boolean getBooleanOrNull(int column);

    /** The column as text, or {@code null} for SQL NULL. */
    String getString(int column);

    /** The column as bytes, or {@code null} for SQL NULL. */
    byte[] getBytes(int column);

    /**
     * The value with the storage class SQLite gave it: {@link Long}, {@link Double}, {@link String},
     * {@code byte[]} or {@code null}.
     */
    Object getObject(int column);

    /**
     * A NUMERIC or DECIMAL column as a {@link BigDecimal}, or {@code null} for SQL NULL. Integers
     * convert exactly, reals through their shortest decimal form, text is parsed.
     */
    default BigDecimal getBigDecimal(int column) {
        Object value = getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw new SqlRecordException("column " + column + " holds text that is not a number", e);
            }
        }
        throw new SqlRecordException("column " + column + " holds a blob, not a number");
    }

    /** Whether the column is SQL NULL. */
    boolean isNull(int column);
}
