package dev.sqlrecord.runtime;

import java.util.List;

/**
 * A statement broke a constraint of the schema. The subclasses say which kind; the table and
 * columns come from SQLite's message where SQLite names them (UNIQUE, PRIMARY KEY, NOT NULL), and
 * otherwise (CHECK, FOREIGN KEY) the table is the one the statement writes to.
 */
public class ConstraintViolationException extends SqlRecordException {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final List<String> columns;
    private final String constraint;

    public ConstraintViolationException(
            String reason,
            String sql,
            int parameterCount,
            Throwable cause,
            String table,
            List<String> columns,
            String constraint) {
        super(reason, sql, parameterCount, cause);
        this.table = table;
        this.columns = List.copyOf(columns);
        this.constraint = constraint;
    }

    /** The table whose constraint failed, or {@code null} when neither SQLite nor the statement tells. */
    public String table() {
        return table;
    }

    /** The columns SQLite named (UNIQUE, PRIMARY KEY, NOT NULL); empty for CHECK and FOREIGN KEY. */
    public List<String> columns() {
        return columns;
    }

    /**
     * The constraint's name or text where SQLite gives it instead of columns: a CHECK's name (or its
     * expression when unnamed), or {@code index 'name'} for a unique index on expressions; else null.
     */
    public String constraint() {
        return constraint;
    }
}
