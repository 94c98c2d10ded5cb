package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.internal.ListParameters;
import dev.sqlrecord.runtime.internal.StorableValues;
import dev.sqlrecord.runtime.internal.ValueCodec;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds {@link dev.sqlrecord.runtime.spi.Executor} values to a prepared statement, by type test, not reflection. */
final class JdbcBinder {
    private JdbcBinder() {}

    static void bind(StatementCache.Lease lease, Object[] values, String sql) throws SQLException {
        Object[] stored = storageValues(lease, values, sql);
        PreparedStatement statement = lease.statement;
        for (int i = 0; i < stored.length; i++) {
            Object value = stored[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof String s) {
                statement.setString(i + 1, s);
            } else if (value instanceof Long l) {
                statement.setLong(i + 1, l);
            } else if (value instanceof Double d) {
                statement.setDouble(i + 1, d);
            } else {
                statement.setBytes(i + 1, (byte[]) value);
            }
        }
    }

    /**
     * The values as SQLite stores them: {@code null}, {@link Long}, {@link Double}, {@link String} or
     * {@code byte[]}. The array given is returned when it holds nothing else; it is never changed.
     */
    static Object[] storageValues(StatementCache.Lease lease, Object[] values, String sql) {
        if (lease.parameterCount != values.length) {
            // sqlite-jdbc would bind missing ones as NULL and fail on extra ones with an index error
            throw new SqlRecordException(
                    "the statement takes " + lease.parameterCount + " parameters but " + values.length + " were given",
                    sql,
                    values.length,
                    null);
        }
        Object[] stored = values;
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            Object storage = storageValue(value, i + 1, sql, values.length);
            if (storage != value) {
                if (stored == values) {
                    stored = values.clone();
                }
                stored[i] = storage;
            }
        }
        return stored;
    }

    private static Object storageValue(Object value, int index, String sql, int count) {
        if (value == null || value instanceof Long || value instanceof byte[]) {
            return value;
        } else if (value instanceof String || value instanceof Double) {
            StorableValues.check(value, index, sql, count);
            return value;
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (value instanceof Float f) {
            StorableValues.check(f, index, sql, count);
            return f.doubleValue();
        } else if (value instanceof BigDecimal decimal) {
            // NUMERIC affinity stores a number: the decimals a number would not hold exactly are refused
            StorableValues.check(decimal, index, sql, count);
            return StorableValues.decimalStorage(decimal);
        } else if (ValueCodec.isSemantic(value)) {
            StorableValues.check(value, index, sql, count);
            return storageValue(ValueCodec.toStorage(value), index, sql, count);
        }
        throw ListParameters.unsupported(value, index, -1, sql, count);
    }
}
