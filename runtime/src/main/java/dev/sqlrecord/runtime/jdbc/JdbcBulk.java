package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.ExecResult;
import dev.sqlrecord.runtime.SqlRecordException;
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
 * runs: every element bound to one prepared statement with {@code addBatch}, then one
 * {@code executeBatch} (README.md, "The generated code": list forms).
 *
 * <p>sqlite-jdbc's {@code executeBatch} does not say which element failed. So it runs inside a
 * savepoint; on failure the savepoint is rolled back and the elements are run again one by one
 * until one fails: that is the element named. The replay is rolled back too, and the caller's
 * transaction then rolls everything back.
 */
final class JdbcBulk {
    private static final String SAVEPOINT = "SAVEPOINT sqlrecord_bulk";
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
        try {
            return batched(session, lease, sql, rows);
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
            RuntimeAccess.failedOperation(failure, locate(session, lease, sql, rows, failure));
            throw failure;
        }
        run(session, RELEASE);
        return changed;
    }

    /**
     * The index of the element that fails when run alone after those before it, or
     * {@link Executor#UNKNOWN_OPERATION}; leaves the savepoint released and nothing of the replay applied.
     */
    private static int locate(
            JdbcSession session,
            StatementCache.Lease lease,
            String sql,
            List<Object[]> rows,
            SqlRecordException failure) {
        int failed = Executor.UNKNOWN_OPERATION;
        try {
            run(session, ROLLBACK_TO);
            for (int i = 0; i < rows.size(); i++) {
                try {
                    replay(lease, sql, rows.get(i));
                } catch (SQLException | SqlRecordException e) {
                    failed = i;
                    break;
                }
            }
            run(session, ROLLBACK_TO);
            run(session, RELEASE);
        } catch (SqlRecordException e) {
            failure.addSuppressed(e); // the transaction is rolled back anyway; only the index stays unknown
        }
        return failed;
    }

    private static void replay(StatementCache.Lease lease, String sql, Object[] values) throws SQLException {
        if (lease.plainWrite) {
            NativeStatements.update(lease, JdbcBinder.storageValues(lease, values, sql));
        } else {
            JdbcBinder.bind(lease, values, sql);
            lease.statement.executeUpdate();
        }
    }

    private static void run(JdbcSession session, String sql) {
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
