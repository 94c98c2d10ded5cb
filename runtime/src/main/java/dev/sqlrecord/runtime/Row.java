package dev.sqlrecord.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.sqlrecord.runtime.internal.ValueCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

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

    /**
     * A boolean: a number (0 is false, anything else true, as in SQLite), or the text {@code true} or
     * {@code false} (any case) or a number as text; other text and blobs throw, as does NULL.
     */
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
     * convert exactly, reals through their shortest decimal form (an infinity throws), text is parsed.
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
            if (Double.isInfinite(d)) {
                throw new SqlRecordException("column " + column + " holds " + d + ", which a BigDecimal cannot hold;"
                        + " read it with getDouble");
            }
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

    /**
     * A DATE column: text in SQLite's date formats (a time part is dropped) or integer unix-epoch
     * seconds (the UTC date); {@code null} for SQL NULL.
     */
    default LocalDate getLocalDate(int column) {
        return ValueCodec.toLocalDate(getObject(column), column);
    }

    /**
     * A DATETIME or TIMESTAMP column, in UTC as SQLite's date functions are: text in SQLite's
     * formats ({@code YYYY-MM-DD[ HH:MM[:SS[.SSS]]]}, {@code T} and a zone allowed; a zone is
     * converted to UTC) or integer unix-epoch seconds; {@code null} for SQL NULL.
     */
    default LocalDateTime getLocalDateTime(int column) {
        return ValueCodec.toLocalDateTime(getObject(column), column);
    }

    /** An instant stored as integer unix-epoch seconds (or UTC date text); {@code null} for SQL NULL. */
    default Instant getInstant(int column) {
        return ValueCodec.toInstant(getObject(column), column, false);
    }

    /** An instant stored as integer unix-epoch milliseconds ({@link EpochMillis}); {@code null} for SQL NULL. */
    default Instant getInstantMillis(int column) {
        return ValueCodec.toInstant(getObject(column), column, true);
    }

    /** A UUID stored as text (or as a 16-byte blob); {@code null} for SQL NULL. */
    default UUID getUuid(int column) {
        return ValueCodec.toUuid(getObject(column), column);
    }

    /** The enum constant whose {@link SqlValue} (else name, ignoring case) the text is; {@code null} for SQL NULL. */
    default <E extends Enum<E>> E getEnum(int column, Class<E> type) {
        return ValueCodec.toEnum(getString(column), type, column);
    }

    /** JSON text read with Jackson into {@code type}; {@code null} for SQL NULL. */
    default <T> T getJson(int column, Class<T> type) {
        return ValueCodec.fromJson(getString(column), type, column);
    }

    /** JSON text read with Jackson into a generic type ({@code new TypeReference<List<Tag>>() {}}). */
    default <T> T getJson(int column, TypeReference<T> type) {
        return ValueCodec.fromJson(getString(column), type, column);
    }

    /** Whether the column is SQL NULL. */
    boolean isNull(int column);
}
