package dev.sqlrecord.runtime;

import java.util.List;

/**
 * A FOREIGN KEY constraint failed. SQLite does not say which key, so {@link #columns()} is empty
 * and {@link #table()} is the table the statement writes to.
 */
public class ForeignKeyViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public ForeignKeyViolationException(
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
