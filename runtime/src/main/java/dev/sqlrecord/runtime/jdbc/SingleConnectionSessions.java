package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.SqlRecordException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One connection shared by all threads, one call at a time. A {@link ReentrantLock} rather than
 * {@code synchronized} so that a transaction can hold it across the calls its work makes on the
 * same thread. Required for in-memory databases (each {@code :memory:} connection is a database of
 * its own) and plenty for SQLite files, which allow one writer anyway.
 */
final class SingleConnectionSessions implements JdbcSessions {
    private final ReentrantLock lock = new ReentrantLock();
    private final JdbcSession session;
    private boolean closed;

    SingleConnectionSessions(JdbcSession session) {
        this.session = session;
    }

    @Override
    public JdbcSession acquire() {
        lock.lock();
        if (closed) {
            lock.unlock();
            throw new SqlRecordException("database is closed");
        }
        return session;
    }

    @Override
    public void release(JdbcSession released) {
        lock.unlock();
    }

    /** Whether this thread is inside a call or a transaction on the connection. */
    boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    @Override
    public void pin(JdbcSession pinned) {
        // the lock, held from acquire to release around the transaction, already pins the connection
    }

    @Override
    public void unpin(JdbcSession pinned) {
        // see pin
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                session.close();
            }
        } finally {
            lock.unlock();
        }
    }
}
