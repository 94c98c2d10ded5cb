package dev.sqlrecord.runtime;

/** SQLite could not parse the statement ({@code near "x": syntax error}, {@code incomplete input}). */
public class SqlSyntaxException extends SqlRecordException {
    private static final long serialVersionUID = 1L;

    public SqlSyntaxException(String reason, String sql, int parameterCount, Throwable cause) {
        super(reason, sql, parameterCount, cause);
    }
}
