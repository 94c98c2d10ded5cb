package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.ExecResult;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.internal.MultiRowInserts;
import dev.sqlrecord.runtime.internal.RuntimeAccess;
import dev.sqlrecord.runtime.internal.SqlLexer;
import dev.sqlrecord.runtime.spi.Executor;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A bulk change ({@link Executor#updateEach}) on one session, inside the transaction its caller
 * runs, on one prepared statement (README.md, "The generated code": list forms).
 *
 * <p>On sqlite-jdbc's own statements every element is bound and stepped straight through the native
 * handle ({@link NativeStatements#updateEach}), the element that fails is known as it fails, and the
 * caller's transaction rolls back what the elements before it did. That is faster than
 * {@code executeBatch}, which first copies every element's values into the driver's batch array, does
 * not say which element failed, and so needed a savepoint to replay the list after a failure: in WAL
 * mode a savepoint copies every existing page it changes to a statement journal, which cost a list on a file
 * over a tenth of its time (benchmarks/RESULTS.md, "Batch insert through the list form").
 *
 * <p>Other drivers (a pool's wrapped statements) keep {@code addBatch}/{@code executeBatch}, inside
 * a savepoint: on failure the savepoint is rolled back and the elements are run again one by one
 * until one fails, which is the element named; the replay is rolled back too.
 */
final class JdbcBulk {
    static final String SAVEPOINT = "SAVEPOINT sqlrecord_bulk";
    private static final String ROLLBACK_TO = "ROLLBACK TO sqlrecord_bulk";
    private static final String RELEASE = "RELEASE sqlrecord_bulk";
    private static final Set<String> RETURNING = Set.of("RETURNING");

    private JdbcBulk() {}

    /** The rows each element changed. */
    static int[] update(JdbcSession session, String sql, List<Object[]> rows) {
        StatementCache.Lease lease;
        try {
            lease = session.statements.lease(sql);
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, sql, rows.get(0).length);
        }
        // executeBatch refuses a statement that returns rows; such a change runs element by element
        boolean batchable =
                lease.plainWrite || (lease.sqlite == null && lease.writesRows && !SqlLexer.hasWord(sql, RETURNING));
        if (!batchable) {
            session.statements.release(lease);
            return oneByOne(session, sql, rows);
        }
        MultiRowInserts.MultiRowInsert multiRow = lease.plainWrite ? MultiRowInserts.of(sql) : null;
        try {
            if (multiRow != null && multiRow.rows(rows.size()) > 1) {
                return JdbcMultiRow.update(session, lease, multiRow, sql, rows);
            }
            return lease.plainWrite ? stepped(lease, sql, rows) : batched(session, lease, sql, rows);
        } finally {
            session.statements.release(lease);
        }
    }

    /** Rows changed and the last inserted rowid of each element: executeBatch tells no rowids. */
    static List<ExecResult> updateWithRowId(JdbcSession session, String sql, List<Object[]> rows) {
        List<ExecResult> results = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            try {
                results.add(JdbcExecutor.updateWithRowId(session, sql, rows.get(i)));
            } catch (SqlRecordException e) {
                RuntimeAccess.failedOperation(e, i);
                throw e;
            }
        }
        return results;
    }

    private static int[] oneByOne(JdbcSession session, String sql, List<Object[]> rows) {
        int[] changed = new int[rows.size()];
        for (int i = 0; i < changed.length; i++) {
            try {
                changed[i] = JdbcExecutor.executeUpdate(session, sql, rows.get(i));
            } catch (SqlRecordException e) {
                RuntimeAccess.failedOperation(e, i);
                throw e;
            }
        }
        return changed;
    }

    private static int[] stepped(StatementCache.Lease lease, String sql, List<Object[]> rows) {
        int[] changed = new int[rows.size()];
        stepped(lease, sql, rows, 0, changed);
        return changed;
    }

    /** Elements {@code from} to the last stepped one by one, their changes put in {@code changed}. */
    static void stepped(StatementCache.Lease lease, String sql, List<Object[]> rows, int from, int[] changed) {
        int[] at = {from};
        try {
            NativeStatements.updateEach(lease, rows, from, sql, changed, at);
        } catch (SqlRecordException e) {
            RuntimeAccess.failedOperation(e, at[0]);
            throw e;
        } catch (SQLException e) {
            SqlRecordException failure = SqliteErrors.wrap(e, sql, rows.get(at[0]).length);
            RuntimeAccess.failedOperation(failure, at[0]);
            throw failure;
        }
    }

    private static int[] batched(JdbcSession session, StatementCache.Lease lease, String sql, List<Object[]> rows) {
        PreparedStatement statement = lease.statement;
        int i = 0;
        try {
            for (; i < rows.size(); i++) {
                JdbcBinder.bind(lease, rows.get(i), sql);
                statement.addBatch();
            }
        } catch (SqlRecordException e) {
            clear(statement, e);
            RuntimeAccess.failedOperation(e, i);
            throw e;
        } catch (SQLException e) {
            clear(statement, e);
            SqlRecordException failure = SqliteErrors.wrap(e, sql, rows.get(i).length);
            RuntimeAccess.failedOperation(failure, i);
            throw failure;
        }
        run(session, SAVEPOINT);
        int[] changed;
        try {
            changed = statement.executeBatch();
        } catch (SQLException e) {
            clear(statement, e);
            SqlRecordException failure = SqliteErrors.wrap(e, sql, rows.get(0).length);
            RuntimeAccess.failedOperation(
                    failure, locate(session, rows, 0, values -> replay(lease, sql, values), failure));
            throw failure;
        }
        run(session, RELEASE);
        return changed;
    }

    /** Runs one element alone. */
    @FunctionalInterface
    interface Replay {
        void run(Object[] values) throws SQLException;
    }

    /**
     * The index of the first element from {@code from} on that fails when run alone after those
     * before it, or {@link Executor#UNKNOWN_OPERATION}. The savepoint, which the caller set, is rolled
     * back to before and after the replay and then released: nothing of the replay stays applied.
     */
    static int locate(JdbcSession session, List<Object[]> rows, int from, Replay replay, SqlRecordException failure) {
        int failed = Executor.UNKNOWN_OPERATION;
        try {
            run(session, ROLLBACK_TO);
            for (int i = from; i < rows.size(); i++) {
                try {
                    replay.run(rows.get(i));
                } catch (SQLException | SqlRecordException e) {
                    failed = i;
                    break;
                }
            }
            run(session, ROLLBACK_TO);
            run(session, RELEASE);
        } catch (SqlRecordException e) {
            // the transaction is rolled back anyway (a ROLLBACK conflict clause has ended it, savepoint
            // and all, already); the index found stands
            failure.addSuppressed(e);
        }
        return failed;
    }

    private static void replay(StatementCache.Lease lease, String sql, Object[] values) throws SQLException {
        JdbcBinder.bind(lease, values, sql);
        lease.statement.executeUpdate();
    }

    static void run(JdbcSession session, String sql) {
        try {
            StatementCache.Lease lease = session.statements.lease(sql);
            try {
                lease.statement.execute();
            } finally {
                session.statements.release(lease);
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, sql, 0);
        }
    }

    private static void clear(PreparedStatement statement, Exception cause) {
        try {
            statement.clearBatch();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
