package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.spi.Executor;
import java.sql.SQLException;
import java.util.List;
import org.sqlite.core.DB;

/**
 * Runs sqlite-jdbc statements through their native handle, skipping the JDBC layer's per-call work:
 * its {@code executeQuery} resets the statement twice, fetches every column's name into a fresh array,
 * and its result set takes the connection's lock and checks its state again for every column it reads.
 * Here the statement's lock is taken once for the whole call ({@code safeRun}, which also keeps the
 * statement from being closed meanwhile), the values are bound and the first step taken by the
 * driver's own {@link DB#execute}, the rows read with SQLite's calls, and the statement reset once.
 */
final class NativeStatements {
    private NativeStatements() {}

    /** {@code values} as {@link JdbcBinder#storageValues} gives them. */
    static <T> T query(StatementCache.Lease lease, Object[] values, Executor.CursorReader<T> reader, String sql)
            throws SQLException {
        return lease.sqlite.pointer.safeRun((db, handle) -> {
            try {
                boolean firstRow = db.execute(lease.sqlite, values);
                return reader.read(new NativeCursor(db, lease.sqlite.pointer, handle, firstRow, sql, values.length));
            } finally {
                // every path leaves the statement reset (sqlite-jdbc's own do too), so none resets
                // before; but the driver finalizes a statement whose first step fails with most errors
                // (SQLITE_ERROR, say), and its handle must not be touched then
                if (!lease.finalized()) {
                    db.reset(handle);
                }
            }
        });
    }

    /**
     * Rows changed by a {@link StatementCache.Lease#plainWrite}: SQLite's count, the statement's own.
     * A failure leaves the statement reset (unless the driver finalized it), and SQLite's
     * {@code changes()} telling the rows the failed statement kept: none when it was undone.
     */
    static int update(StatementCache.Lease lease, Object[] values) throws SQLException {
        return (int) lease.sqlite.pointer.safeRunLong((db, handle) -> {
            try {
                return db.executeUpdate(lease.sqlite, values);
            } catch (SQLException | RuntimeException e) {
                if (!lease.finalized()) {
                    db.reset(handle);
                }
                throw e;
            }
        });
    }

    /**
     * A {@link StatementCache.Lease#plainWrite} run once for every element of {@code rows} from
     * {@code from} on, in order,
     * under the statement's lock taken once: each element's values bound ({@link JdbcBinder#storageValues}
     * first), the statement stepped and reset, and its own change count kept in {@code changed}. That is
     * the work of sqlite-jdbc's {@code executeBatch} without first copying every element's values into
     * the driver's batch array, and without losing track of which element failed: {@code at[0]} is the
     * index of the element being run, so after a failure it names the one that failed. Changes of the
     * elements before it stay applied; the caller's transaction undoes them.
     */
    static void updateEach(
            StatementCache.Lease lease, List<Object[]> rows, int from, String sql, int[] changed, int[] at)
            throws SQLException {
        lease.sqlite.pointer.safeRunConsume((db, handle) -> {
            try {
                for (int i = from; i < changed.length; i++) {
                    at[0] = i;
                    db.execute(lease.sqlite, JdbcBinder.storageValues(lease, rows.get(i), sql));
                    changed[i] = (int) db.changes();
                }
            } catch (SQLException | RuntimeException e) {
                // a step that fails leaves the statement unreset (or, for most errors, finalized by
                // the driver: then its handle must not be touched)
                if (!lease.finalized()) {
                    db.reset(handle);
                }
                throw e;
            }
        });
    }
}
