package dev.sqlrecord.runtime.spi;

import dev.sqlrecord.runtime.ExecResult;
import dev.sqlrecord.runtime.Row;
import dev.sqlrecord.runtime.RowMapper;
import dev.sqlrecord.runtime.SqlRecordException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs statements on one backend. {@link dev.sqlrecord.runtime.Database} does everything backend-neutral (collections
 * bound as JSON text, {@code :one}/{@code :many} semantics) and hands an executor final SQL plus one
 * value per {@code ?}, each null, String, Long, Integer, Short, Byte, Double, Float, Boolean,
 * BigDecimal, byte[], or a date, UUID or enum that {@link dev.sqlrecord.runtime.internal.ValueCodec#toStorage} converts.
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

    /**
     * Runs the change {@code sql} once for each element of {@code rows} (one value per {@code ?}
     * each), in order, all or nothing, and returns the rows each run changed. On failure the thrown
     * exception names the failing element as {@link #batch} names its operation. This default runs
     * them as a {@link #batch} of operations; SQLite's executor binds each in turn to one prepared
     * statement and steps it.
     */
    default int[] updateEach(String sql, List<Object[]> rows) {
        List<Object> results = batch(BulkOperations.of(sql, rows, false));
        int[] changed = new int[results.size()];
        for (int i = 0; i < changed.length; i++) {
            changed[i] = ((ExecResult) results.get(i)).rowsChanged();
        }
        return changed;
    }

    /** {@link #updateEach} with each run's last inserted rowid. */
    default List<ExecResult> updateEachWithRowId(String sql, List<Object[]> rows) {
        List<Object> results = batch(BulkOperations.of(sql, rows, true));
        List<ExecResult> out = new java.util.ArrayList<>(results.size());
        results.forEach(result -> out.add((ExecResult) result));
        return out;
    }

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

    /**
     * Runs {@code work} in a transaction on a connection whose foreign keys are off, as SQLite's
     * recipe for changing a table's schema asks: {@code PRAGMA foreign_keys} takes effect only
     * outside a transaction and only on its own connection, so it is turned off on the connection
     * the transaction then pins, and put back as it was afterwards, whether {@code work} commits
     * or fails. Only for executors with {@link #supportsTransactions()}; refused inside a running
     * transaction, where the pragma would do nothing.
     */
    default <R> R transactionWithoutForeignKeys(Supplier<R> work) {
        throw new SqlRecordException("foreign keys cannot be turned off here: only SQLite connections allow it");
    }

    /**
     * What listeners are told the backend is ({@link dev.sqlrecord.runtime.StatementEvent#backend()}):
     * OpenTelemetry's {@code db.system.name}, such as {@code sqlite} or {@code cloudflare-d1}. An
     * executor that learns what its backend says about a statement (rows read, ...) reports it to
     * {@link StatementReports#current()}.
     */
    default String backend() {
        return "other_sql";
    }

    /** Whether {@link #transaction} works; false on D1, where only batches are atomic. */
    boolean supportsTransactions();

    /**
     * Taken before a migration run changes anything: how to bring the database back to this
     * moment if the run fails (D1: a Time Travel bookmark and the command that restores it), or
     * "" where the backend keeps no history of its own (copy an SQLite file before migrating it).
     */
    default String restoreAdvice() {
        return "";
    }

    @Override
    void close();

    /** The failed operation for "a statement of the batch failed, which one is unknown". */
    int UNKNOWN_OPERATION = -2;

    /** One statement of a batch: a query read by {@code reader}, or, when reader is null, a change. */
    record Operation(String sql, Object[] values, CursorReader<?> reader, boolean wantsRowId) {}

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
        default boolean getBoolean(int column) {
            Boolean value = getBooleanOrNull(column);
            if (value == null) {
                throw unexpectedNull(column, "getBooleanOrNull");
            }
            return value;
        }

        /**
         * Numbers as SQLite tests them (non-zero is true), and text that says true or false or is a
         * number; SQLite's own integer reading of text would make 'true' false.
         */
        @Override
        default Boolean getBooleanOrNull(int column) {
            Object value = getObject(column);
            if (value == null) {
                return null;
            }
            if (value instanceof Long l) {
                return l != 0;
            }
            if (value instanceof Double d) {
                return d != 0;
            }
            if (value instanceof String text) {
                String word = text.trim();
                if (word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false")) {
                    return word.equalsIgnoreCase("true");
                }
                try {
                    return new java.math.BigDecimal(word).signum() != 0;
                } catch (NumberFormatException notANumber) {
                    throw failure("column " + column + " holds the text '" + text + "', not a boolean (a number,"
                            + " or 'true' or 'false')");
                }
            }
            throw failure("column " + column + " holds a blob, not a boolean");
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
