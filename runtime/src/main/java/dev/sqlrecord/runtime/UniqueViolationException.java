package dev.sqlrecord.runtime;

import java.util.List;

/** A UNIQUE constraint (or unique index) failed: the row would duplicate an existing key. */
public class UniqueViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public UniqueViolationException(
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
