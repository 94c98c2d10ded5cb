package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.ExecResult;
import dev.sqlrecord.runtime.RowMapper;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.StatementEvent;
import dev.sqlrecord.runtime.internal.RuntimeAccess;
import dev.sqlrecord.runtime.spi.Executor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** Runs statements over JDBC on the sessions it is given (one shared connection, or a DataSource). */
public final class JdbcExecutor implements Executor {
    private static final String LAST_INSERT_ROWID = "SELECT last_insert_rowid()";
    private static final Object[] NO_VALUES = {};

    private final JdbcSessions sessions;

    JdbcExecutor(JdbcSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * An SQLite database ({@code url} is a {@code jdbc:sqlite:} URL or a file path): one connection
     * shared by all threads one call at a time, keeping up to {@code statementCacheSize} statements
     * prepared, and up to {@code readers} more connections that run reads side by side ({@link ReaderPoolSessions}) when {@code readers > 1} and the database is a file
     * in WAL mode; otherwise one connection for everything. An in-memory database is one connection
     * whatever {@code readers} says: each connection to {@code :memory:} is a database of its own.
     */
    public static JdbcExecutor open(String url, int statementCacheSize, int readers) {
        String jdbcUrl = SqliteConnector.toJdbcUrl(url);
        var session = JdbcSession.of(SqliteConnector.open(jdbcUrl), statementCacheSize);
        var writer = new SingleConnectionSessions(session);
        if (readers <= 1 || SqliteConnector.isPrivateToConnection(jdbcUrl) || !SqliteConnector.isWal(session)) {
            return new JdbcExecutor(writer);
        }
        return new JdbcExecutor(new ReaderPoolSessions(writer, jdbcUrl, statementCacheSize, readers));
    }

    /** A connection borrowed from {@code dataSource} per call, or per transaction. */
    public static JdbcExecutor of(DataSource dataSource) {
        return new JdbcExecutor(new DataSourceSessions(dataSource));
    }

    @Override
    public <T> T query(String sql, Object[] values, CursorReader<T> reader) {
        JdbcSession session = sessions.acquireFor(sql);
        try {
            return query(session, sql, values, reader);
        } finally {
            sessions.release(session);
        }
    }

    private static <T> T query(JdbcSession session, String sql, Object[] values, CursorReader<T> reader) {
        try {
            StatementCache.Lease lease = session.statements.lease(sql);
            try {
                if (lease.sqlite != null) {
                    return NativeStatements.query(lease, JdbcBinder.storageValues(lease, values, sql), reader, sql);
                }
                JdbcBinder.bind(lease, values, sql);
                try (ResultSet resultSet = lease.statement.executeQuery()) {
                    return reader.read(new JdbcCursor(resultSet, sql, values.length));
                }
            } finally {
                session.statements.release(lease);
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, sql, values.length);
        }
    }

    @Override
    public int update(String sql, Object[] values) {
        JdbcSession session = sessions.acquireFor(sql);
        try {
            return executeUpdate(session, sql, values);
        } finally {
            sessions.release(session);
        }
    }

    @Override
    public ExecResult updateWithRowId(String sql, Object[] values) {
        JdbcSession session = sessions.acquireFor(sql);
        try {
            return updateWithRowId(session, sql, values);
        } finally {
            sessions.release(session);
        }
    }

    static ExecResult updateWithRowId(JdbcSession session, String sql, Object[] values) {
        int changed = executeUpdate(session, sql, values);
        // asked on the same session, before releasing it, so no other insert can come in between
        long rowId = query(session, LAST_INSERT_ROWID, NO_VALUES, cursor -> cursor.next() ? cursor.getLong(1) : 0L);
        return new ExecResult(changed, rowId);
    }

    /** One transaction on the writer, one prepared statement stepped per element ({@link JdbcBulk}). */
    @Override
    public int[] updateEach(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return transaction(() -> onSession(session -> JdbcBulk.update(session, sql, rows)));
    }

    @Override
    public List<ExecResult> updateEachWithRowId(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return transaction(() -> onSession(session -> JdbcBulk.updateWithRowId(session, sql, rows)));
    }

    static int executeUpdate(JdbcSession session, String sql, Object[] values) {
        try {
            StatementCache.Lease lease = session.statements.lease(sql);
            try {
                if (lease.plainWrite) {
                    return NativeStatements.update(lease, JdbcBinder.storageValues(lease, values, sql));
                }
                JdbcBinder.bind(lease, values, sql);
                return session.sqlite != null ? changesOf(session, lease) : lease.statement.executeUpdate();
            } finally {
                session.statements.release(lease);
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, sql, values.length);
        }
    }

    /**
     * Rows changed, as SQLite counts them ({@code sqlite3_changes}: the statement's own rows, not
     * those of triggers). sqlite-jdbc's {@code executeUpdate} is not used because it refuses
     * statements that return rows ({@code RETURNING}, some PRAGMAs): we run the statement and drain
     * any rows. After an INSERT, UPDATE, DELETE or REPLACE the count is the statement's own (the driver
     * keeps it as the update count); after anything else SQLite repeats the previous statement's
     * count, so there 0 is reported unless the total number of changes moved.
     */
    private static int changesOf(JdbcSession session, StatementCache.Lease lease) throws SQLException {
        PreparedStatement statement = lease.statement;
        if (lease.writesRows) {
            if (!statement.execute()) {
                return statement.getUpdateCount();
            }
            drain(statement);
            return (int) session.sqlite.changes();
        }
        long before = session.sqlite.total_changes();
        if (statement.execute()) {
            drain(statement);
        }
        return session.sqlite.total_changes() == before ? 0 : (int) session.sqlite.changes();
    }

    private static void drain(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.getResultSet()) {
            while (rows.next()) {
                // read to the end so that the statement runs to completion
            }
        }
    }

    @Override
    public List<Object> batch(List<Operation> operations) {
        return transaction(() -> {
            List<Object> results = new ArrayList<>(operations.size());
            for (int i = 0; i < operations.size(); i++) {
                Operation op = operations.get(i);
                try {
                    if (op.reader() != null) {
                        results.add(query(op.sql(), op.values(), op.reader()));
                    } else {
                        results.add(
                                op.wantsRowId()
                                        ? updateWithRowId(op.sql(), op.values())
                                        : new ExecResult(update(op.sql(), op.values()), 0L));
                    }
                } catch (SqlRecordException e) {
                    RuntimeAccess.failedOperation(e, i);
                    throw e;
                }
            }
            return results;
        });
    }

    @Override
    public <T> Stream<T> stream(String sql, Object[] values, RowMapper<T> mapper) {
        return JdbcStream.open(sessions, sql, values, mapper);
    }

    @Override
    public String backend() {
        return StatementEvent.SQLITE;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public void executeOnce(String sql) {
        JdbcSession session = sessions.acquireFor(sql);
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
        return onSession(session -> session.inTransaction() ? joined(session, work) : pinned(session, work));
    }

    @Override
    public <R> R transactionWithoutForeignKeys(Supplier<R> work) {
        return onSession(session -> {
            if (session.inTransaction()) {
                throw new SqlRecordException("foreign keys cannot be turned off inside a running transaction"
                        + " (SQLite ignores PRAGMA foreign_keys there); run this outside of it");
            }
            boolean wereOn = foreignKeys(session);
            setForeignKeys(session, false);
            try {
                return pinned(session, work);
            } finally {
                setForeignKeys(session, wereOn);
            }
        });
    }

    private <R> R onSession(java.util.function.Function<JdbcSession, R> use) {
        JdbcSession session = sessions.acquire();
        try {
            return use.apply(session);
        } finally {
            sessions.release(session);
        }
    }

    /** The outermost transaction, on a session pinned to this thread until it ends. */
    private <R> R pinned(JdbcSession session, Supplier<R> work) {
        sessions.pin(session);
        try {
            return outermost(session, work);
        } finally {
            sessions.unpin(session);
        }
    }

    private static boolean foreignKeys(JdbcSession session) {
        try (Statement statement = session.connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA foreign_keys")) {
            return rows.next() && rows.getInt(1) != 0;
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, "PRAGMA foreign_keys", 0);
        }
    }

    private static void setForeignKeys(JdbcSession session, boolean on) {
        String sql = "PRAGMA foreign_keys = " + (on ? "ON" : "OFF");
        try (Statement statement = session.connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw SqliteErrors.wrap(e, sql, 0);
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
