package dev.sqlrecord.runtime;

/**
 * Every failure the runtime reports: SQL errors, unsupported parameters, a second row for
 * {@code :one}, NULL in a non-null column. Unchecked, because generated repositories should not
 * force callers to handle what they cannot recover from.
 *
 * <p>The message names the SQL and how many parameters were bound, never their values: values are
 * often personal data, and exception messages end up in logs.
 */
public class SqlRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String sql;
    private final int parameterCount;

    public SqlRecordException(String message) {
        this(message, (Throwable) null);
    }

    public SqlRecordException(String message, Throwable cause) {
        super(message, cause);
        this.reason = message;
        this.sql = null;
        this.parameterCount = -1;
    }

    /**
     * @param reason         what went wrong, e.g. SQLite's own message
     * @param sql            the statement that failed
     * @param parameterCount how many values were bound to it
     */
    public SqlRecordException(String reason, String sql, int parameterCount, Throwable cause) {
        super(reason + "; sql: " + sql + " (" + parameterCount
                + (parameterCount == 1 ? " parameter)" : " parameters)"), cause);
        this.reason = reason;
        this.sql = sql;
        this.parameterCount = parameterCount;
    }

    /** What went wrong, without the SQL; for SQL errors, SQLite's message and result code. */
    public String reason() {
        return reason;
    }

    /** The statement that failed, or {@code null} when the failure was not about one statement. */
    public String sql() {
        return sql;
    }

    /** How many values were bound to {@link #sql()}, or -1 when there is no statement. */
    public int parameterCount() {
        return parameterCount;
    }
}
