package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.SqlRecordException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Borrows a connection from the caller's {@link DataSource} for each call, or once for a whole
 * transaction, and gives it back (closes it) right after. Statements are not cached: a borrowed
 * connection does not outlive the call, and pools that want statement caching do it themselves.
 */
final class DataSourceSessions implements JdbcSessions {
    private final DataSource dataSource;

    @SuppressWarnings("ThreadLocalUsage") // one pin per Database: pins of two databases must not meet
    private final ThreadLocal<JdbcSession> pinned = new ThreadLocal<>();

    private volatile boolean closed;

    DataSourceSessions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public JdbcSession acquire() {
        JdbcSession session = pinned.get();
        if (session != null) {
            return session;
        }
        if (closed) {
            throw new SqlRecordException("database is closed");
        }
        try {
            Connection connection = dataSource.getConnection();
            if (!connection.getAutoCommit()) {
                // outside a transaction every statement must stick, whatever the pool's default
                connection.setAutoCommit(true);
            }
            return JdbcSession.of(connection, 0);
        } catch (SQLException e) {
            throw new SqlRecordException(
                    "could not get a connection from the DataSource: " + SqliteErrors.reason(e), e);
        }
    }

    @Override
    public void release(JdbcSession session) {
        if (pinned.get() != session) {
            session.close();
        }
    }

    @Override
    public void pin(JdbcSession session) {
        pinned.set(session);
    }

    @Override
    public void unpin(JdbcSession session) {
        pinned.remove();
    }

    @Override
    public void close() {
        // the DataSource belongs to the caller; only stop handing out connections
        closed = true;
    }
}
