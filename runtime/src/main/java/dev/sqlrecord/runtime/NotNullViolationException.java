package dev.sqlrecord.runtime;

import java.util.List;

/** A NULL was written to a NOT NULL column. */
public class NotNullViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public NotNullViolationException(
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
