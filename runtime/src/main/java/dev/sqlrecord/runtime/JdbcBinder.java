package dev.sqlrecord.runtime;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds {@link Executor} values to a prepared statement, by type test, not reflection. */
final class JdbcBinder {
    private JdbcBinder() {
    }

    static void bind(StatementCache.Lease lease, Object[] values, String sql) throws SQLException {
        PreparedStatement statement = lease.statement;
        int expected = lease.parameterCount;
        if (expected != values.length) {
            // sqlite-jdbc would bind missing ones as NULL and fail on extra ones with an index error
            throw new SqlRecordException("the statement takes " + expected + " parameters but "
                    + values.length + " were given", sql, values.length, null);
        }
        for (int i = 0; i < values.length; i++) {
            bindOne(statement, i + 1, values[i], sql, values.length);
        }
    }

    private static void bindOne(PreparedStatement statement, int index, Object value, String sql, int count)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String s) {
            statement.setString(index, s);
        } else if (value instanceof Long l) {
            statement.setLong(index, l);
        } else if (value instanceof Integer n) {
            statement.setLong(index, n);
        } else if (value instanceof Double d) {
            statement.setDouble(index, d);
        } else if (value instanceof Boolean b) {
            statement.setLong(index, b ? 1L : 0L);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else if (value instanceof Short || value instanceof Byte) {
            statement.setLong(index, ((Number) value).longValue());
        } else if (value instanceof Float f) {
            statement.setDouble(index, f);
        } else if (value instanceof BigDecimal decimal) {
            // As text, so no digit is lost on the way; NUMERIC affinity then stores it as SQLite would.
            statement.setString(index, decimal.toPlainString());
        } else if (ValueCodec.isSemantic(value)) {
            bindOne(statement, index, ValueCodec.toStorage(value), sql, count);
        } else {
            throw ParameterExpander.unsupported(value, index, -1, sql, count);
        }
    }
}
