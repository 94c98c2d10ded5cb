package dev.sqlrecord.runtime.jdbc;

/**
 * Where a {@link JdbcExecutor} gets its connection for a call. Each acquire is paired with a
 * release in a finally block; a transaction pins its session to the thread so every call inside
 * it (from the same thread) gets the same connection.
 */
interface JdbcSessions {

    JdbcSession acquire();

    /** The session to run {@code sql} on: where there are read-only connections, a read may get one. */
    default JdbcSession acquireFor(String sql) {
        return acquire();
    }

    void release(JdbcSession session);

    /** Makes {@code session} the one this thread acquires until {@link #unpin}. */
    void pin(JdbcSession session);

    void unpin(JdbcSession session);

    void close();
}
