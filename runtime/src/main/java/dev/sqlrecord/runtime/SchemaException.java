package dev.sqlrecord.runtime;

/**
 * The statement does not fit the database's schema: {@code no such table}, {@code no such column},
 * {@code table x already exists}, a wrong number of values for the columns. Usually a migration
 * that was not applied, or one applied that the code does not expect.
 */
public class SchemaException extends SqlRecordException {
    private static final long serialVersionUID = 1L;

    public SchemaException(String reason, String sql, int parameterCount, Throwable cause) {
        super(reason, sql, parameterCount, cause);
    }
}
