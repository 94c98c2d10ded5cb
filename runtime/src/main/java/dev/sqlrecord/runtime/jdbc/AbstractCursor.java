package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.spi.Executor;
import java.sql.SQLException;

/**
 * The {@link dev.sqlrecord.runtime.Row} getters of the JDBC executor, on top of a few raw reads that {@link JdbcCursor}
 * (a JDBC {@link java.sql.ResultSet}) and {@link NativeCursor} (sqlite-jdbc's native handle) provide.
 * One instance per query, moved from row to row, so reading allocates nothing beyond the values the
 * mapper asks for.
 *
 * <p>NULL detection: the raw integer and real reads give 0 for NULL and asking whether it was NULL
 * costs a second native call, so it is asked only when the value read is 0.
 */
abstract class AbstractCursor implements Executor.RowCursor {
    final String sql;
    final int parameterCount;

    AbstractCursor(String sql, int parameterCount) {
        this.sql = sql;
        this.parameterCount = parameterCount;
    }

    abstract boolean advance() throws SQLException;

    /** The column as an integer, 0 for NULL. */
    abstract long readLong(int column) throws SQLException;

    /** The column as a real, 0 for NULL. */
    abstract double readDouble(int column) throws SQLException;

    /** Whether the column just read (as 0) is NULL. */
    abstract boolean readWasNull(int column) throws SQLException;

    abstract String readString(int column) throws SQLException;

    abstract byte[] readBytes(int column) throws SQLException;

    /** The value as {@link Long}, {@link Double}, {@link String}, {@code byte[]} or null. */
    abstract Object readObject(int column) throws SQLException;

    abstract boolean readIsNull(int column) throws SQLException;

    @Override
    public final boolean next() {
        try {
            return advance();
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, sql, parameterCount);
        }
    }

    @Override
    public long getLong(int column) {
        try {
            long value = readLong(column);
            if (value == 0 && readWasNull(column)) {
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
            long value = readLong(column);
            return value == 0 && readWasNull(column) ? null : value;
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public double getDouble(int column) {
        try {
            double value = readDouble(column);
            if (value == 0 && readWasNull(column)) {
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
            double value = readDouble(column);
            return value == 0 && readWasNull(column) ? null : value;
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public String getString(int column) {
        try {
            return readString(column);
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public byte[] getBytes(int column) {
        try {
            return readBytes(column);
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public Object getObject(int column) {
        try {
            return readObject(column);
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public boolean isNull(int column) {
        try {
            return readIsNull(column);
        } catch (SQLException e) {
            throw readFailed(column, e);
        }
    }

    @Override
    public SqlRecordException failure(String message) {
        return new SqlRecordException(message, sql, parameterCount, null);
    }

    private SqlRecordException readFailed(int column, SQLException e) {
        return new SqlRecordException(
                "reading column " + column + " failed: " + SqliteErrors.reason(e), sql, parameterCount, e);
    }
}
