package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.internal.SqlErrors;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns sqlite-jdbc's exceptions into short, readable reasons and typed exceptions. */
final class SqliteErrors {
    private SqliteErrors() {}

    /**
     * SQLite's own message and result code, e.g. {@code UNIQUE constraint failed: users.email
     * [SQLITE_CONSTRAINT_UNIQUE]}. sqlite-jdbc formats messages as
     * {@code [CODE] generic text (sqlite's message)}; only the parts that say something are kept.
     */
    static String reason(SQLException e) {
        String text = text(e);
        return e instanceof SQLiteException sqlite
                ? text + " [" + sqlite.getResultCode().name() + "]"
                : text;
    }

    /** SQLite's message without the code sqlite-jdbc wraps around it. */
    private static String text(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String prefix = "[" + code.name() + "] " + code.message + " (";
            if (message.startsWith(prefix) && message.endsWith(")")) {
                return message.substring(prefix.length(), message.length() - 1);
            }
        }
        return message;
    }

    /** The typed exception for {@code e}: a constraint violation, a syntax error, and so on. */
    static SqlRecordException wrap(SQLException e, String sql, int parameterCount) {
        String code =
                e instanceof SQLiteException sqlite ? sqlite.getResultCode().name() : null;
        if (code == null && e.getMessage() == null) {
            return new SqlRecordException(String.valueOf(e), sql, parameterCount, e);
        }
        return SqlErrors.classify(text(e), code, sql, parameterCount, e);
    }
}
