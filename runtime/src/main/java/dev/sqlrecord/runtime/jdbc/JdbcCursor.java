package dev.sqlrecord.runtime.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A {@link dev.sqlrecord.runtime.Row} over a JDBC {@link ResultSet}: for drivers other than sqlite-jdbc, and for streams. */
final class JdbcCursor extends AbstractCursor {
    private final ResultSet resultSet;

    JdbcCursor(ResultSet resultSet, String sql, int parameterCount) {
        super(sql, parameterCount);
        this.resultSet = resultSet;
    }

    @Override
    boolean advance() throws SQLException {
        return resultSet.next();
    }

    @Override
    long readLong(int column) throws SQLException {
        return resultSet.getLong(column);
    }

    @Override
    double readDouble(int column) throws SQLException {
        return resultSet.getDouble(column);
    }

    @Override
    boolean readWasNull(int column) throws SQLException {
        return resultSet.wasNull();
    }

    @Override
    String readString(int column) throws SQLException {
        return resultSet.getString(column);
    }

    @Override
    byte[] readBytes(int column) throws SQLException {
        return resultSet.getBytes(column);
    }

    @Override
    Object readObject(int column) throws SQLException {
        Object value = resultSet.getObject(column);
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
    boolean readIsNull(int column) throws SQLException {
        // getBytes would copy the value; an integer read of a non-integer value only converts
        resultSet.getLong(column);
        return resultSet.wasNull();
    }
}
