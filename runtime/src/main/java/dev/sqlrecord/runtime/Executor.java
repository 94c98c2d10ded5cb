package dev.sqlrecord.runtime;

import java.util.function.Supplier;

/**
 * Runs statements on one backend. {@link Database} does everything backend-neutral (collection
 * expansion, {@code :one}/{@code :many} semantics) and hands an executor final SQL plus one value per
 * {@code ?}, each null, String, Long, Integer, Short, Byte, Double, Float, Boolean or byte[].
 *
 * <p>{@link JdbcExecutor} is the only implementation today; a D1 HTTP executor will be the second,
 * which is why rows travel as {@link Row}s and not as JDBC result sets.
 */
interface Executor extends AutoCloseable {

    /** Runs a query and lets {@code reader} walk its rows; the cursor is invalid once reader returns. */
    <T> T query(String sql, Object[] values, CursorReader<T> reader);

    /** Runs a statement and returns the number of rows it changed. */
    int update(String sql, Object[] values);

    /** Runs a statement and returns rows changed and the last inserted rowid. */
    ExecResult updateWithRowId(String sql, Object[] values);

    /**
     * Runs one parameterless statement that will not be repeated (a migration step), without
     * taking a place in any statement cache. Rows it returns are discarded.
     */
    void executeOnce(String sql);

    /**
     * Runs {@code work} in a transaction: commit when it returns, roll back when it throws (the
     * exception is rethrown). A call inside a running transaction joins it; if the joined call
     * throws, the whole transaction is rolled back at its end even if the outer work catches.
     */
    <R> R transaction(Supplier<R> work);

    @Override
    void close();

    /** A forward-only walk over a result; also the {@link Row} of its current position. */
    interface RowCursor extends Row {
        /** Moves to the next row; false when there is none. */
        boolean next();
    }

    /** Consumes a result while it is open. */
    @FunctionalInterface
    interface CursorReader<T> {
        T read(RowCursor cursor);
    }
}
