package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.SqlType;

/**
 * What an expression yields: its type, whether it can be NULL, and the table column it is a plain
 * reference to (null otherwise). Soundness first: {@code nullable} is false only when SQLite can
 * never produce NULL there.
 */
public record ValueType(SqlType type, boolean nullable, String table, String column) {
    static final ValueType NULL = new ValueType(SqlType.ANY, true, null, null);

    static ValueType of(SqlType type, boolean nullable) {
        return new ValueType(type, nullable, null, null);
    }

    ValueType withNullable(boolean nullable) {
        return new ValueType(type, nullable, table, column);
    }

    /** The same value no longer tied to a table column (it went through an expression). */
    ValueType derived() {
        return table == null ? this : new ValueType(type, nullable, null, null);
    }
}
