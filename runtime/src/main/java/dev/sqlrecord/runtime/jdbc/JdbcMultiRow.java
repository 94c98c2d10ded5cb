package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.internal.MultiRowInserts;
import dev.sqlrecord.runtime.internal.RuntimeAccess;
import dev.sqlrecord.runtime.spi.Executor;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * A list form's elements sent as multi-row INSERTs (docs/MULTI-ROW-INSERTS.md): 64 or 8 elements
 * to a statement, fewer than 8 left one by one on the plain statement, all in the caller's
 * transaction. The check allows this only where each element writes exactly one row, so every
 * element's count is 1, and a statement that wrote another number of rows means the database's
 * schema is not the one the build checked: that is an error, which rolls the transaction back.
 *
 * <p>A statement that fails has undone its rows (ABORT, SQLite's default) or kept those before
 * the row that failed (a FAIL conflict clause), and {@code changes()} says how many it kept. To name
 * the element that failed, the elements after those are run one by one inside a savepoint, as the
 * plain list form runs them, until one fails; the savepoint is rolled back, so the replay leaves
 * nothing behind, even if a ROLLBACK conflict clause ended the caller's transaction.
 */
final class JdbcMultiRow {
    private JdbcMultiRow() {}

    static int[] update(
            JdbcSession session,
            StatementCache.Lease plain,
            MultiRowInserts.MultiRowInsert insert,
            String sql,
            List<Object[]> rows) {
        int[] changed = new int[rows.size()];
        int next = 0;
        while (next < rows.size()) {
            int count = insert.rows(rows.size() - next);
            if (count == 1) {
                JdbcBulk.stepped(plain, sql, rows, next, changed);
                break;
            }
            Object[] values = values(plain, insert, sql, rows, next, count);
            if (values == null) {
                // an element's value is refused: the elements run one by one up to it, and it is named
                JdbcBulk.stepped(plain, sql, rows, next, changed);
                break;
            }
            statement(session, plain, insert.sql(count), sql, rows, next, values);
            Arrays.fill(changed, next, next + count, 1);
            next += count;
        }
        return changed;
    }

    /** Elements {@code from} to {@code from + count}'s values as one array, or null when one is refused. */
    private static Object[] values(
            StatementCache.Lease plain,
            MultiRowInserts.MultiRowInsert insert,
            String sql,
            List<Object[]> rows,
            int from,
            int count) {
        Object[] values = new Object[count * insert.values()];
        for (int i = 0; i < count; i++) {
            Object[] element;
            try {
                element = JdbcBinder.storageValues(plain, rows.get(from + i), sql);
            } catch (SqlRecordException e) {
                return null;
            }
            System.arraycopy(element, 0, values, i * element.length, element.length);
        }
        return values;
    }

    private static void statement(
            JdbcSession session,
            StatementCache.Lease plain,
            String multiSql,
            String sql,
            List<Object[]> rows,
            int from,
            Object[] values) {
        int count = values.length / plain.parameterCount;
        int written;
        try {
            StatementCache.Lease lease = session.statements.lease(multiSql);
            try {
                written = NativeStatements.update(lease, values);
            } finally {
                session.statements.release(lease);
            }
        } catch (SQLException e) {
            throw located(session, plain, sql, rows, from, SqliteErrors.wrap(e, sql, plain.parameterCount));
        }
        if (written != count) {
            SqlRecordException failure = new SqlRecordException(
                    count + " elements of the list wrote " + written + " rows in one multi-row INSERT, where the"
                            + " schema the build checked has each write exactly one: the database's table is"
                            + " not the one its migrations make (docs/MULTI-ROW-INSERTS.md)",
                    sql,
                    plain.parameterCount,
                    null);
            RuntimeAccess.failedOperation(failure, Executor.UNKNOWN_OPERATION);
            throw failure;
        }
    }

    /**
     * {@code failure}, naming the element that fails when the elements after those the failed
     * statement kept run one by one (inside a savepoint, {@link JdbcBulk#locate}), or none.
     */
    private static SqlRecordException located(
            JdbcSession session,
            StatementCache.Lease plain,
            String sql,
            List<Object[]> rows,
            int from,
            SqlRecordException failure) {
        int failed = Executor.UNKNOWN_OPERATION;
        try {
            int kept = (int) session.sqlite.changes();
            JdbcBulk.run(session, JdbcBulk.SAVEPOINT);
            failed = JdbcBulk.locate(
                    session,
                    rows,
                    from + kept,
                    values -> NativeStatements.update(plain, JdbcBinder.storageValues(plain, values, sql)),
                    failure);
        } catch (SQLException | SqlRecordException e) {
            failure.addSuppressed(e); // the transaction is rolled back anyway; only the element stays unknown
        }
        RuntimeAccess.failedOperation(failure, failed);
        return failure;
    }
}
