package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.internal.SqlLexer;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

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

    /** A read connection, and whether a call has it. */
    private static final class Reader {
        final ReaderPoolSessions pool;
        final JdbcSession session;
        /** Set by the call that takes the reader (a compare-and-set), cleared when it gives it back. */
        final AtomicBoolean taken = new AtomicBoolean(true);
        /** The thread that took it; only that thread reads or changes {@link #holds}. */
        volatile Thread owner;
        /** Calls of {@link #owner} that hold it: a read inside a stream's loop shares its reader. */
        int holds;

        Reader(ReaderPoolSessions pool, JdbcSession session) {
            this.pool = pool;
            this.session = session;
        }
    }

    /**
     * The reader each thread had last, of whichever pool: it takes that one again if it is free,
     * touching nothing another thread writes. (One for all pools, as Error Prone's ThreadLocalUsage
     * asks: one per pool would leave an entry in a thread for every pool it ever read from; this way
     * a thread keeps at most one reader reachable.)
     */
    private static final ThreadLocal<Reader> LAST_USED = new ThreadLocal<>();

    private final SingleConnectionSessions writer;
    private final String jdbcUrl;
    private final int statementCacheSize;
    private final int size;
    private final List<Reader> readers = new CopyOnWriteArrayList<>();
    private final Map<JdbcSession, Reader> bySession = new ConcurrentHashMap<>();
    private final AtomicInteger opened = new AtomicInteger();
    /** Threads waiting for a reader: a thread that gives one back wakes one of them. */
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * Taken only by threads that found every reader taken. Not fair, and a newcomer takes a free
     * reader before the waiters do: with more threads than readers, a fair hand-off put a context
     * switch into every read (benchmarks/RESULTS.md, "Thread scaling"); a waiter that keeps losing
     * still gets one within its timed waits' rounds.
     */
    private final ReentrantLock waitLock = new ReentrantLock();

    private final Condition released = waitLock.newCondition();
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

    /**
     * A free reader, without a lock on the way whenever one is free: first the one this thread had last (its statements and SQLite's page cache
     * still warm in this core's caches), then any free one, then a new one while fewer than
     * {@code size} are open; only when all are taken does the thread wait. (A shared queue of idle
     * readers, used before, took a lock on every call, and two threads with two readers parked behind
     * a preempted lock holder: runtime/README.md, "Threads and connections".)
     */
    private JdbcSession reader() {
        if (closed) {
            throw closedError();
        }
        Reader held = LAST_USED.get();
        if (held != null && held.pool == this && held.owner == Thread.currentThread()) {
            // This thread already reads on it (a stream is open): a nested read shares the connection
            // rather than wait for another, which threads all doing the same would never get.
            held.holds++;
            return held.session;
        }
        Reader reader = held;
        if (reader == null || reader.pool != this || !reader.taken.compareAndSet(false, true)) {
            reader = anyFree();
            if (reader == null) {
                reader = opened.getAndIncrement() < size ? open() : waitForReader();
            }
            LAST_USED.set(reader);
        }
        reader.owner = Thread.currentThread();
        reader.holds = 1;
        if (closed) { // close() may have looked for taken readers before this one was taken
            release(reader.session);
            throw closedError();
        }
        return reader.session;
    }

    private Reader anyFree() {
        for (Reader reader : readers) {
            if (!reader.taken.get() && reader.taken.compareAndSet(false, true)) {
                return reader;
            }
        }
        return null;
    }

    private Reader open() {
        try {
            JdbcSession session = JdbcSession.of(SqliteConnector.open(jdbcUrl), statementCacheSize);
            try (Statement statement = session.connection.createStatement()) {
                statement.execute("PRAGMA query_only = 1");
            } catch (SQLException e) {
                session.close();
                throw SqliteErrors.wrap(e, "PRAGMA query_only = 1", 0);
            }
            Reader reader = new Reader(this, session);
            bySession.put(session, reader);
            readers.add(reader);
            return reader;
        } catch (RuntimeException e) {
            opened.decrementAndGet(); // a later call may try again
            throw e;
        }
    }

    /**
     * Waits until a reader is given back. A thread that gives one back signals when it sees a waiter;
     * as the waiter counts itself before it looks and the giver frees before it looks, one of the two
     * always sees the other, so no wake-up is lost (the timed wait only notices {@link #close}).
     */
    private Reader waitForReader() {
        opened.decrementAndGet();
        waiting.incrementAndGet();
        waitLock.lock();
        try {
            while (true) {
                Reader reader = anyFree();
                if (reader != null) {
                    return reader;
                }
                if (opened.get() < size) { // an open failed meanwhile: this thread may try
                    waitLock.unlock();
                    try {
                        if (opened.getAndIncrement() < size) {
                            return open();
                        }
                        opened.decrementAndGet();
                    } finally {
                        waitLock.lock();
                    }
                }
                if (closed) {
                    throw closedError();
                }
                released.await(50, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqlRecordException("interrupted while waiting for a read connection");
        } finally {
            waitLock.unlock();
            waiting.decrementAndGet();
        }
    }

    private static SqlRecordException closedError() {
        return new SqlRecordException("database is closed");
    }

    @Override
    public void release(JdbcSession session) {
        Reader reader = bySession.get(session);
        if (reader == null) {
            writer.release(session);
            return;
        }
        if (reader.owner == Thread.currentThread() && --reader.holds > 0) {
            return; // an outer call of this thread still holds it
        }
        reader.owner = null;
        if (closed) {
            session.close(); // close() gave up waiting for it, or is about to close it: either way, done
        }
        reader.taken.set(false);
        if (waiting.get() > 0) {
            waitLock.lock();
            try {
                released.signal();
            } finally {
                waitLock.unlock();
            }
        }
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
        waitLock.lock();
        try {
            released.signalAll(); // waiting threads see closed and give up
        } finally {
            waitLock.unlock();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SqliteConnector.BUSY_TIMEOUT_MILLIS);
        while (readers.stream().anyMatch(reader -> reader.taken.get()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        readers.forEach(reader -> reader.session.close()); // a reader still in use closes again when released
        writer.close();
    }
}
