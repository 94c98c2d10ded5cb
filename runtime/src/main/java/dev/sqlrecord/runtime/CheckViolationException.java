package dev.sqlrecord.runtime;

import java.util.List;

/**
 * A CHECK constraint failed; {@link #constraint()} is its name, or its expression when it has
 * none.
 */
public class CheckViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public CheckViolationException(
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
