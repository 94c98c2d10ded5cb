package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.internal.SqlLexer;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One writer connection and up to {@code size} read-only connections to an SQLite file in WAL
 * mode, where readers never wait for the writer nor for each other (runtime/README.md, "Threads
 * and connections"). A statement goes to a reader when it only reads ({@link SqlLexer#isRead}) and
 * its thread is not inside a transaction (whose reads must see its own writes); everything else,
 * batches and transactions included, goes to the writer, one call at a time as with a single
 * connection. Readers run with {@code PRAGMA query_only}, so a statement wrongly taken for a read
 * fails without writing. Readers are opened on first need.
 *
 * <p>Once the writer holds state that other connections cannot see (a TEMP table, an ATTACHed
 * database, a connection setting such as {@code case_sensitive_like}), every statement goes to the
 * writer from then on, so that no read answers differently than it would on one connection.
 */
final class ReaderPoolSessions implements JdbcSessions {
    /** Classifications kept per SQL text; generated code has a fixed set, hand-written SQL may not. */
    private static final int REMEMBERED = 4096;
    /**
     * PRAGMAs with a value or an argument that leave no setting private to the writer: settings of
     * the database file, settings that matter to writes only, and questions asked with an argument.
     */
    private static final Set<String> SHARED_PRAGMAS = Set.of(
            "FOREIGN_KEYS",
            "DEFER_FOREIGN_KEYS",
            "USER_VERSION",
            "APPLICATION_ID",
            "JOURNAL_MODE",
            "WAL_AUTOCHECKPOINT",
            "WAL_CHECKPOINT",
            "SYNCHRONOUS",
            "BUSY_TIMEOUT",
            "OPTIMIZE",
            "INCREMENTAL_VACUUM",
            "TABLE_INFO",
            "TABLE_XINFO",
            "TABLE_LIST",
            "INDEX_LIST",
            "INDEX_INFO",
            "INDEX_XINFO",
            "FOREIGN_KEY_LIST",
            "FOREIGN_KEY_CHECK",
            "INTEGRITY_CHECK",
            "QUICK_CHECK");

    private static final Set<String> PRIVATE_WORDS = Set.of("TEMP", "TEMPORARY", "ATTACH");

    private enum Kind {
        READ,
        WRITE,
        /** A write that leaves the writer with state the readers do not share. */
        PRIVATE
    }

    private final SingleConnectionSessions writer;
    private final String jdbcUrl;
    private final int statementCacheSize;
    private final int size;
    private final LinkedBlockingQueue<JdbcSession> idle = new LinkedBlockingQueue<>();
    private final Set<JdbcSession> readers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger inUse = new AtomicInteger();
    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();
    private volatile boolean writerOnly;
    private volatile boolean closed;

    ReaderPoolSessions(SingleConnectionSessions writer, String jdbcUrl, int statementCacheSize, int size) {
        this.writer = writer;
        this.jdbcUrl = jdbcUrl;
        this.statementCacheSize = statementCacheSize;
        this.size = size;
    }

    @Override
    public JdbcSession acquire() {
        return writer.acquire();
    }

    @Override
    public JdbcSession acquireFor(String sql) {
        Kind kind = kind(sql);
        if (kind == Kind.PRIVATE) {
            writerOnly = true;
        }
        if (kind != Kind.READ || writerOnly || writer.isHeldByCurrentThread()) {
            return writer.acquire();
        }
        return reader();
    }

    private Kind kind(String sql) {
        Kind kind = kinds.get(sql);
        if (kind == null) {
            kind = classify(sql);
            if (kinds.size() < REMEMBERED) {
                kinds.put(sql, kind);
            }
        }
        return kind;
    }

    private static Kind classify(String sql) {
        if (SqlLexer.isRead(sql)) {
            return Kind.READ;
        }
        if (SqlLexer.hasWord(sql, PRIVATE_WORDS)) {
            return Kind.PRIVATE;
        }
        String pragma = SqlLexer.pragmaAssigned(sql);
        return pragma != null && !SHARED_PRAGMAS.contains(pragma) ? Kind.PRIVATE : Kind.WRITE;
    }

    private JdbcSession reader() {
        if (closed) {
            throw new SqlRecordException("database is closed");
        }
        inUse.incrementAndGet();
        try {
            JdbcSession session = idle.poll();
            if (session == null) {
                session = opened.getAndIncrement() < size ? open() : waitForReader();
            }
            return session;
        } catch (RuntimeException e) {
            inUse.decrementAndGet();
            throw e;
        }
    }

    private JdbcSession open() {
        JdbcSession session = JdbcSession.of(SqliteConnector.open(jdbcUrl), statementCacheSize);
        try (Statement statement = session.connection.createStatement()) {
            statement.execute("PRAGMA query_only = 1");
        } catch (SQLException e) {
            session.close();
            throw SqliteErrors.wrap(e, "PRAGMA query_only = 1", 0);
        }
        readers.add(session);
        return session;
    }

    private JdbcSession waitForReader() {
        opened.decrementAndGet();
        try {
            while (true) {
                JdbcSession session = idle.poll(50, TimeUnit.MILLISECONDS);
                if (session != null) {
                    return session;
                }
                if (closed) {
                    throw new SqlRecordException("database is closed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqlRecordException("interrupted while waiting for a read connection");
        }
    }

    @Override
    public void release(JdbcSession session) {
        if (!readers.contains(session)) {
            writer.release(session);
            return;
        }
        if (closed) {
            session.close(); // close() gave up waiting for it, or is about to close it: either way, done
        } else {
            idle.offer(session);
        }
        inUse.decrementAndGet();
    }

    @Override
    public void pin(JdbcSession session) {
        writer.pin(session);
    }

    @Override
    public void unpin(JdbcSession session) {
        writer.unpin(session);
    }

    /**
     * Refuses new work at once, waits up to the busy timeout for reads in flight to end, then
     * closes every connection (a stream still open after that fails on its next row).
     */
    @Override
    public void close() {
        closed = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SqliteConnector.BUSY_TIMEOUT_MILLIS);
        while (inUse.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        readers.forEach(JdbcSession::close); // a reader still in use closes again when released
        idle.clear();
        writer.close();
    }
}
