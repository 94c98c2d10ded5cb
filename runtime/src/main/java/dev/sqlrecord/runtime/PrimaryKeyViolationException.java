package dev.sqlrecord.runtime;

import java.util.List;

/**
 * A PRIMARY KEY failed: the row would duplicate an existing key. A kind of unique violation, so
 * catching {@link UniqueViolationException} catches both. Told apart by SQLite's extended result
 * code; where an error text carries only {@code SQLITE_CONSTRAINT} it is reported as a {@link
 * UniqueViolationException}.
 */
public class PrimaryKeyViolationException extends UniqueViolationException {
    private static final long serialVersionUID = 1L;

    public PrimaryKeyViolationException(
            String reason,
            String sql,
            int parameterCount,
            Throwable cause,
            String table,
            List<String> columns,
            String constraint) {
        super(reason, sql, parameterCount, cause, table, columns, constraint);
    }
}
