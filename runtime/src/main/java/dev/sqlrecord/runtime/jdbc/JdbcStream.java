package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.RowMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A query result read row by row as a {@link Stream}: sqlite-jdbc steps the native statement on
 * each {@code next()}, so only the current row is in memory. The session (and, for a single shared
 * connection, its lock) is held until the stream is closed or fully read.
 */
final class JdbcStream {
    private JdbcStream() {}

    static <T> Stream<T> open(JdbcSessions sessions, String sql, Object[] values, RowMapper<T> mapper) {
        JdbcSession session = sessions.acquireFor(sql);
        StatementCache.Lease lease = null;
        ResultSet resultSet;
        try {
            lease = session.statements.lease(sql);
            JdbcBinder.bind(lease, values, sql);
            resultSet = lease.statement.executeQuery();
        } catch (SQLException | RuntimeException e) {
            if (lease != null) {
                session.statements.release(lease);
            }
            sessions.release(session);
            throw e instanceof SQLException failure
                    ? SqliteErrors.wrap(failure, sql, values.length)
                    : (RuntimeException) e;
        }
        Resources resources = new Resources(sessions, session, lease, resultSet);
        JdbcCursor cursor = new JdbcCursor(resultSet, sql, values.length);
        Spliterator<T> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                if (resources.closed) {
                    return false;
                }
                if (!cursor.next()) {
                    resources.close(); // give the connection back as soon as the result is read
                    return false;
                }
                action.accept(mapper.map(cursor));
                return true;
            }
        };
        return StreamSupport.stream(rows, false).onClose(resources::close);
    }

    /** What an open stream holds, released once. */
    private static final class Resources {
        private final JdbcSessions sessions;
        private final JdbcSession session;
        private final StatementCache.Lease lease;
        private final ResultSet resultSet;
        private boolean closed;

        Resources(JdbcSessions sessions, JdbcSession session, StatementCache.Lease lease, ResultSet resultSet) {
            this.sessions = sessions;
            this.session = session;
            this.lease = lease;
            this.resultSet = resultSet;
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                resultSet.close();
            } catch (SQLException ignored) {
                // the statement is reset by release below; nothing else to undo
            } finally {
                session.statements.release(lease);
                sessions.release(session);
            }
        }
    }
}
