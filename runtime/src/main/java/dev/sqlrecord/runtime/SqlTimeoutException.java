package dev.sqlrecord.runtime;

/**
 * A statement did not finish in time: D1 did not answer within the configured request timeout (a
 * write may or may not have been applied), D1 stopped a query at its own limit, or on SQLite another
 * connection held the write lock longer than the busy timeout ({@code SQLITE_BUSY}).
 */
public class SqlTimeoutException extends SqlRecordException {
    private static final long serialVersionUID = 1L;

    public SqlTimeoutException(String reason, String sql, int parameterCount, Throwable cause) {
        super(reason, sql, parameterCount, cause);
    }
}
