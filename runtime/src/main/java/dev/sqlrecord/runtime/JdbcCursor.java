package dev.sqlrecord.runtime;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A {@link Row} over a JDBC {@link ResultSet}: one instance per query, moved from row to row, so
 * reading allocates nothing beyond the values the mapper asks for.
 *
 * <p>NULL detection: JDBC getters return 0 for NULL and {@code wasNull()} costs a second native call,
 * so it is asked only when the value read is 0.
 */
final class JdbcCursor implements Executor.RowCursor {
    private final ResultSet resultSet;
    private final String sql;
    private final int parameterCount;

    JdbcCursor(ResultSet resultSet, String sql, int parameterCount) {
        this.resultSet = resultSet;
        this.sql = sql;
        this.parameterCount = parameterCount;
    }

    @Override
    public boolean next() {
        try {
            return resultSet.next();
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, sql, parameterCount);
        }
    }

    @Override
    public long getLong(int column) {
        try {
            long value = resultSet.getLong(column);
            if (value == 0 && resultSet.wasNull()) {
                throw unexpectedNull(column, "getLongOrNull");
            }
            return value;
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public Long getLongOrNull(int column) {
        try {
            long value = resultSet.getLong(column);
            return value == 0 && resultSet.wasNull() ? null : value;
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public int getInt(int column) {
        return toInt(column, getLong(column));
    }

    @Override
    public Integer getIntOrNull(int column) {
        Long value = getLongOrNull(column);
        return value == null ? null : toInt(column, value);
    }

    @Override
    public double getDouble(int column) {
        try {
            double value = resultSet.getDouble(column);
            if (value == 0 && resultSet.wasNull()) {
                throw unexpectedNull(column, "getDoubleOrNull");
            }
            return value;
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public Double getDoubleOrNull(int column) {
        try {
            double value = resultSet.getDouble(column);
            return value == 0 && resultSet.wasNull() ? null : value;
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public boolean getBoolean(int column) {
        try {
            long value = resultSet.getLong(column);
            if (value == 0 && resultSet.wasNull()) {
                throw unexpectedNull(column, "getBooleanOrNull");
            }
            return value != 0;
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public Boolean getBooleanOrNull(int column) {
        Long value = getLongOrNull(column);
        return value == null ? null : value != 0;
    }

    @Override
    public String getString(int column) {
        try {
            return resultSet.getString(column);
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public byte[] getBytes(int column) {
        try {
            return resultSet.getBytes(column);
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public Object getObject(int column) {
        Object value;
        try {
            value = resultSet.getObject(column);
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
        // sqlite-jdbc answers Integer for integers that fit in 32 bits; SQLite has one integer class
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }

    @Override
    public boolean isNull(int column) {
        try {
            // getBytes would copy the value; an integer read of a non-integer value only converts
            resultSet.getLong(column);
            return resultSet.wasNull();
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    private int toInt(int column, long value) {
        if ((int) value != value) {
            throw new SqlRecordException("column " + column + " holds an integer outside the int range;"
                    + " read it as long", sql, parameterCount, null);
        }
        return (int) value;
    }

    private SqlRecordException unexpectedNull(int column, String nullableGetter) {
        return new SqlRecordException("column " + column + " is NULL but was read as non-null;"
                + " read it with " + nullableGetter, sql, parameterCount, null);
    }

    private SqlRecordException readFailed(int column, SQLException e) {
        return new SqlRecordException("reading column " + column + " failed: " + SqliteErrors.reason(e),
                sql, parameterCount, e);
    }
}
