package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.grammar.antlr.SQLiteParser;

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

    /** A literal's type: numbers by their spelling, strings and the CURRENT_* keywords as text. */
    static ValueType ofLiteral(SQLiteParser.LiteralValueContext literal) {
        if (literal.NUMERIC_LITERAL() != null) {
            String text = literal.getText().toLowerCase(java.util.Locale.ROOT);
            boolean real = !text.startsWith("0x") && (text.contains(".") || text.contains("e"));
            return ValueType.of(real ? SqlType.REAL : SqlType.INTEGER, false);
        }
        if (literal.STRING_LITERAL() != null
                || literal.CURRENT_DATE_() != null
                || literal.CURRENT_TIME_() != null
                || literal.CURRENT_TIMESTAMP_() != null) {
            return ValueType.of(SqlType.TEXT, false);
        }
        if (literal.BLOB_LITERAL() != null) {
            return ValueType.of(SqlType.BLOB, false);
        }
        if (literal.TRUE_() != null || literal.FALSE_() != null) {
            return ValueType.of(SqlType.BOOLEAN, false);
        }
        return ValueType.NULL;
    }
}
