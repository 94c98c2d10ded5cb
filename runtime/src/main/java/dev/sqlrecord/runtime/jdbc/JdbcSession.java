package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.SqlRecordException;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * One JDBC connection in use: its statement cache and the state of the transaction running on it.
 * Used by one thread at a time (the {@link JdbcSessions} implementations guarantee that).
 */
final class JdbcSession {
    final Connection connection;
    final StatementCache statements;
    /** sqlite-jdbc's native handle, for change counts; null if the connection is not sqlite-jdbc's. */
    final DB sqlite;

    /** 0 outside a transaction, 1 in one, more for joined (nested) calls. */
    private int transactionDepth;
    /** Set when a joined call failed: the transaction must not commit. */
    private boolean rollbackOnly;

    /** Wraps {@code connection}; closes it if it cannot be used. */
    static JdbcSession of(Connection connection, int statementCacheSize) {
        try {
            return new JdbcSession(connection, statementCacheSize);
        } catch (SQLException e) {
            SqlRecordException failure = new SqlRecordException("unusable connection: " + SqliteErrors.reason(e), e);
            try {
                connection.close();
            } catch (SQLException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    private JdbcSession(Connection connection, int statementCacheSize) throws SQLException {
        this.connection = connection;
        this.statements = new StatementCache(connection, statementCacheSize);
        this.sqlite = connection.isWrapperFor(SQLiteConnection.class)
                ? connection.unwrap(SQLiteConnection.class).getDatabase()
                : null;
    }

    boolean inTransaction() {
        return transactionDepth > 0;
    }

    void begin() throws SQLException {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            // some drivers flip their flag before running BEGIN; put it back so the connection stays usable
            restoreAutoCommit(e);
            throw e;
        }
        transactionDepth = 1;
        rollbackOnly = false;
    }

    void join() {
        transactionDepth++;
    }

    void leave(boolean failed) {
        transactionDepth--;
        if (failed) {
            rollbackOnly = true;
        }
    }

    boolean isRollbackOnly() {
        return rollbackOnly;
    }

    void commit() throws SQLException {
        connection.commit();
        end();
    }

    /** Rolls back; problems doing so are attached to {@code cause} instead of hiding it. */
    void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        try {
            end();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void end() throws SQLException {
        transactionDepth = 0;
        rollbackOnly = false;
        connection.setAutoCommit(true);
    }

    private void restoreAutoCommit(SQLException cause) {
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    void close() {
        statements.close();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the connection is being discarded; a failure to close it leaves nothing to undo
        }
    }
}
