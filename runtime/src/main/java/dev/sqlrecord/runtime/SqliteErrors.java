package dev.sqlrecord.runtime;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns sqlite-jdbc's exceptions into short, readable reasons. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    /**
     * SQLite's own message and result code, e.g. {@code UNIQUE constraint failed: users.email
     * [SQLITE_CONSTRAINT_UNIQUE]}. sqlite-jdbc formats messages as
     * {@code [CODE] generic text (sqlite's message)}; only the parts that say something are kept.
     */
    static String reason(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String prefix = "[" + code.name() + "] " + code.message + " (";
            if (message.startsWith(prefix) && message.endsWith(")")) {
                return message.substring(prefix.length(), message.length() - 1) + " [" + code.name() + "]";
            }
        }
        return message;
    }

    static SqlRecordException wrap(SQLException e, String sql, int parameterCount) {
        return new SqlRecordException(reason(e), sql, parameterCount, e);
    }
}
