package dev.sqlrecord.runtime.spi;

import dev.sqlrecord.runtime.ExecResult;
import dev.sqlrecord.runtime.Row;
import dev.sqlrecord.runtime.RowMapper;
import dev.sqlrecord.runtime.SqlRecordException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs statements on one backend. {@link dev.sqlrecord.runtime.Database} does everything backend-neutral (collection
 * expansion, splitting over-long lists, {@code :one}/{@code :many} semantics) and hands an executor
 * final SQL plus one value per {@code ?}, each null, String, Long, Integer, Short, Byte, Double,
 * Float, Boolean, BigDecimal or byte[].
 *
 * <p>Two implementations: {@link dev.sqlrecord.runtime.jdbc.JdbcExecutor} (SQLite through
 * sqlite-jdbc) and {@link dev.sqlrecord.runtime.d1.D1Executor} (D1's HTTP API), which is why rows
 * travel as {@link Row}s and not as JDBC result sets.
 */
public interface Executor extends AutoCloseable {

    /** Runs a query and lets {@code reader} walk its rows; the cursor is invalid once reader returns. */
    <T> T query(String sql, Object[] values, CursorReader<T> reader);

    /** Runs a statement and returns the number of rows it changed. */
    int update(String sql, Object[] values);

    /** Runs a statement and returns rows changed and the last inserted rowid. */
    ExecResult updateWithRowId(String sql, Object[] values);

    /**
     * Runs every operation in order, all or nothing, and returns one result per operation: the
     * reader's value for a query, an {@link ExecResult} for a change (its {@code lastInsertId} is
     * only meaningful when {@link Operation#wantsRowId}). On failure the thrown exception says which
     * operation failed, when known ({@link dev.sqlrecord.runtime.internal.RuntimeAccess#failedOperation(SqlRecordException, int)}).
     */
    List<Object> batch(List<Operation> operations);

    /** A lazily read query result; closing the stream releases what it holds. */
    <T> Stream<T> stream(String sql, Object[] values, RowMapper<T> mapper);

    /**
     * Runs one parameterless statement that will not be repeated (a migration step), without
     * taking a place in any statement cache. Rows it returns are discarded.
     */
    void executeOnce(String sql);

    /**
     * Runs {@code work} in a transaction: commit when it returns, roll back when it throws (the
     * exception is rethrown). A call inside a running transaction joins it; if the joined call
     * throws, the whole transaction is rolled back at its end even if the outer work catches.
     * Executors without interactive transactions refuse before running {@code work}.
     */
    <R> R transaction(Supplier<R> work);

    /** Whether {@link #transaction} works; false on D1, where only batches are atomic. */
    boolean supportsTransactions();

    /** The most values one statement may bind; {@link dev.sqlrecord.runtime.Database} splits long lists to fit. */
    int maxParameters();

    @Override
    void close();

    /** The failed operation for "a statement of the batch failed, which one is unknown". */
    int UNKNOWN_OPERATION = -2;

    /** One statement of a batch: a query read by {@code reader}, or, when reader is null, a change. */
    record Operation(String sql, Object[] values, CursorReader<?> reader, boolean wantsRowId) {
    }

    /** A forward-only walk over a result; also the {@link Row} of its current position. */
    interface RowCursor extends Row {
        /** Moves to the next row; false when there is none. */
        boolean next();

        /** A failure of this cursor's statement, with its SQL. */
        SqlRecordException failure(String message);

        @Override
        default int getInt(int column) {
            return toInt(column, getLong(column));
        }

        @Override
        default Integer getIntOrNull(int column) {
            Long value = getLongOrNull(column);
            return value == null ? null : toInt(column, value);
        }

        @Override
        default Boolean getBooleanOrNull(int column) {
            Long value = getLongOrNull(column);
            return value == null ? null : value != 0;
        }

        /** The error of a non-null getter that met SQL NULL. */
        default SqlRecordException unexpectedNull(int column, String nullableGetter) {
            return failure("column " + column + " is NULL but was read as non-null; read it with " + nullableGetter);
        }

        private int toInt(int column, long value) {
            if ((int) value != value) {
                throw failure("column " + column + " holds an integer outside the int range; read it as long");
            }
            return (int) value;
        }
    }

    /** Consumes a result while it is open. */
    @FunctionalInterface
    interface CursorReader<T> {
        T read(RowCursor cursor);
    }
}
