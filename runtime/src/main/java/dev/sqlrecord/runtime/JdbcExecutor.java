package dev.sqlrecord.runtime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Runs statements over JDBC on the sessions it is given (one shared connection, or a DataSource). */
final class JdbcExecutor implements Executor {
    private final JdbcSessions sessions;

    JdbcExecutor(JdbcSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public <T> T query(String sql, Object[] values, CursorReader<T> reader) {
        JdbcSession session = sessions.acquire();
        try {
            StatementCache.Lease lease = session.statements.lease(sql);
            try {
                JdbcBinder.bind(lease.statement, values, sql);
                try (ResultSet resultSet = lease.statement.executeQuery()) {
                    return reader.read(new JdbcCursor(resultSet, sql, values.length));
                }
            } finally {
                session.statements.release(lease);
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, sql, values.length);
        } finally {
            sessions.release(session);
        }
    }

    @Override
    public int update(String sql, Object[] values) {
        JdbcSession session = sessions.acquire();
        try {
            return executeUpdate(session, sql, values);
        } finally {
            sessions.release(session);
        }
    }

    @Override
    public ExecResult updateWithRowId(String sql, Object[] values) {
        JdbcSession session = sessions.acquire();
        try {
            int changed = executeUpdate(session, sql, values);
            // asked on the same session, before releasing it, so no other insert can come in between
            return new ExecResult(changed, lastInsertRowId(session));
        } finally {
            sessions.release(session);
        }
    }

    private static int executeUpdate(JdbcSession session, String sql, Object[] values) {
        try {
            StatementCache.Lease lease = session.statements.lease(sql);
            try {
                JdbcBinder.bind(lease.statement, values, sql);
                return session.sqlite != null ? changesOf(session, lease.statement)
                        : lease.statement.executeUpdate();
            } finally {
                session.statements.release(lease);
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, sql, values.length);
        }
    }

    /**
     * Rows changed, as SQLite counts them ({@code sqlite3_changes}: the statement's own rows, not
     * those of triggers). sqlite-jdbc's {@code executeUpdate} is not used because it repeats the
     * previous count after DDL and refuses statements that return rows ({@code RETURNING}, some
     * PRAGMAs): we run the statement, drain any rows, and report 0 when nothing changed.
     */
    private static int changesOf(JdbcSession session, PreparedStatement statement) throws SQLException {
        long before = session.sqlite.total_changes();
        if (statement.execute()) {
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    // drained so that the statement runs to completion
                }
            }
        }
        return session.sqlite.total_changes() == before ? 0 : (int) session.sqlite.changes();
    }

    private static long lastInsertRowId(JdbcSession session) {
        try {
            return session.lastInsertRowId();
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, "SELECT last_insert_rowid()", 0);
        }
    }

    @Override
    public List<Object> batch(List<Operation> operations) {
        return transaction(() -> {
            List<Object> results = new ArrayList<>(operations.size());
            int i = 0;
            while (i < operations.size()) {
                int end = JdbcBatchRun.end(operations, i);
                try {
                    if (end - i > 1) {
                        runTogether(operations.subList(i, end), results);
                    } else {
                        results.add(runAlone(operations.get(i)));
                    }
                } catch (SqlRecordException e) {
                    if (e.failedOperation != UNKNOWN_OPERATION) {
                        e.failedOperation = i + Math.max(e.failedOperation, 0);
                    }
                    throw e;
                }
                i = end;
            }
            return results;
        });
    }

    private Object runAlone(Operation op) {
        if (op.reader() != null) {
            return query(op.sql(), op.values(), op.reader());
        }
        return op.wantsRowId() ? updateWithRowId(op.sql(), op.values()) : new ExecResult(update(op.sql(), op.values()), 0L);
    }

    /**
     * A run of the same change statement as one JDBC batch: sqlite-jdbc then binds and steps each
     * row in one call instead of a full {@code execute()} per row. sqlite-jdbc does not say which row
     * failed, so the run sits in a savepoint: on failure it is undone and replayed one statement at a
     * time, and the failing statement reports itself (its index within {@code run}).
     */
    private void runTogether(List<Operation> run, List<Object> results) {
        String sql = run.get(0).sql();
        JdbcSession session = sessions.acquire();
        try {
            runSaved(session, "SAVEPOINT sqlrecord_batch_run");
            int[] changes;
            try {
                changes = executeBatch(session, run, sql);
            } catch (SqlRecordException failure) {
                runSaved(session, "ROLLBACK TO sqlrecord_batch_run");
                runSaved(session, "RELEASE sqlrecord_batch_run");
                replay(run, failure);
                throw failure;
            }
            runSaved(session, "RELEASE sqlrecord_batch_run");
            for (int changed : changes) {
                results.add(new ExecResult(changed, 0L));
            }
        } finally {
            sessions.release(session);
        }
    }

    private static int[] executeBatch(JdbcSession session, List<Operation> run, String sql) {
        try {
            StatementCache.Lease lease = session.statements.lease(sql);
            try {
                for (Operation op : run) {
                    JdbcBinder.bind(lease.statement, op.values(), sql);
                    lease.statement.addBatch();
                }
                return lease.statement.executeBatch();
            } finally {
                lease.statement.clearBatch();
                session.statements.release(lease);
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, sql, run.get(0).values().length);
        }
    }

    /** Runs the statements of a failed run one by one, so that the failing one throws with its index. */
    private void replay(List<Operation> run, SqlRecordException batchFailure) {
        for (int k = 0; k < run.size(); k++) {
            try {
                update(run.get(k).sql(), run.get(k).values());
            } catch (SqlRecordException e) {
                e.failedOperation = k;
                throw e;
            }
        }
        // the same statements passed one by one: report the batch's failure, its statement unknown
        batchFailure.failedOperation = UNKNOWN_OPERATION;
    }

    private static void runSaved(JdbcSession session, String sql) {
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

    @Override
    public <T> Stream<T> stream(String sql, Object[] values, RowMapper<T> mapper) {
        return JdbcStream.open(sessions, sql, values, mapper);
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    /** SQLite's own limit (32766 by default) applies; sqlite-jdbc reports it if a statement exceeds it. */
    @Override
    public int maxParameters() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void executeOnce(String sql) {
        JdbcSession session = sessions.acquire();
        try (Statement statement = session.connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, sql, 0);
        } finally {
            sessions.release(session);
        }
    }

    @Override
    public <R> R transaction(Supplier<R> work) {
        JdbcSession session = sessions.acquire();
        try {
            if (session.inTransaction()) {
                return joined(session, work);
            }
            sessions.pin(session);
            try {
                return outermost(session, work);
            } finally {
                sessions.unpin(session);
            }
        } finally {
            sessions.release(session);
        }
    }

    private static <R> R joined(JdbcSession session, Supplier<R> work) {
        session.join();
        boolean failed = true;
        try {
            R result = work.get();
            failed = false;
            return result;
        } finally {
            session.leave(failed);
        }
    }

    private static <R> R outermost(JdbcSession session, Supplier<R> work) {
        try {
            session.begin();
        } catch (SQLException e) {
            throw new SqlRecordException("could not begin a transaction: " + SqliteErrors.reason(e), e);
        }
        R result;
        try {
            result = work.get();
        } catch (Throwable t) {
            session.rollback(t);
            throw t;
        }
        if (session.isRollbackOnly()) {
            SqlRecordException e = new SqlRecordException("transaction rolled back: a nested transaction"
                    + " failed, and its exception was caught inside the outer one");
            session.rollback(e);
            throw e;
        }
        try {
            session.commit();
        } catch (SQLException e) {
            SqlRecordException failure = new SqlRecordException("commit failed: " + SqliteErrors.reason(e), e);
            session.rollback(failure);
            throw failure;
        }
        return result;
    }

    @Override
    public void close() {
        sessions.close();
    }
}
