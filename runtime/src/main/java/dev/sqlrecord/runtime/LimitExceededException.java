package dev.sqlrecord.runtime;

/**
 * A statement exceeds a limit of the database: on D1 at most 100 bound parameters and 100,000 bytes
 * of SQL per statement (checked before sending), and 2 MB per string or blob (reported by D1); on
 * SQLite its compiled-in limits.
 */
public class LimitExceededException extends SqlRecordException {
    private static final long serialVersionUID = 1L;

    public LimitExceededException(String reason, String sql, int parameterCount, Throwable cause) {
        super(reason, sql, parameterCount, cause);
    }
}
