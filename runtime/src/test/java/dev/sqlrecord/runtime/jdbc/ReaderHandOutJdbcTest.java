package dev.sqlrecord.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.SqlRecordException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link ReaderPoolSessions} hands out its read connections, on a real WAL file: a thread gets
 * back the reader it had last (so that threads no more numerous than readers never meet on the way
 * to one), waits only when every reader is taken, and gets one as soon as it is given back.
 */
class ReaderHandOutJdbcTest {
    private static final String READ = "SELECT 1";

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    /** Holds readers for the tests, on a thread of its own (a thread that holds a reader reads on it again). */
    private final ExecutorService holder = Executors.newSingleThreadExecutor();

    private ReaderPoolSessions pool;

    @BeforeEach
    void open() {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        JdbcSession writer = JdbcSession.of(SqliteConnector.open(url), 16);
        assertTrue(SqliteConnector.isWal(writer));
        pool = new ReaderPoolSessions(new SingleConnectionSessions(writer), url, 16, 2);
    }

    @AfterEach
    void close() {
        pool.close();
        threads.shutdownNow();
        holder.shutdownNow();
    }

    private JdbcSession acquireOnThread() throws Exception {
        return holder.submit(() -> pool.acquireFor(READ)).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aThreadGetsBackTheReaderItHadLastEvenWhenAnotherWasFreeLonger() throws Exception {
        JdbcSession mine = pool.acquireFor(READ);
        JdbcSession other = acquireOnThread();
        assertNotSame(mine, other);
        pool.release(other); // free longer than mine: a queue would hand it out next
        pool.release(mine);
        for (int i = 0; i < 100; i++) {
            JdbcSession again = pool.acquireFor(READ);
            assertSame(mine, again, "round " + i);
            pool.release(again);
        }
    }

    @Test
    void aThreadWaitsOnlyWhenEveryReaderIsTakenAndGetsTheOneGivenBack() throws Exception {
        JdbcSession first = pool.acquireFor(READ);
        JdbcSession second = acquireOnThread();
        assertNotSame(first, second);
        CompletableFuture<JdbcSession> waiter = CompletableFuture.supplyAsync(() -> pool.acquireFor(READ), threads);
        Thread.sleep(200);
        assertFalse(waiter.isDone(), "both readers are taken");
        pool.release(second);
        assertSame(second, waiter.get(5, TimeUnit.SECONDS));
        pool.release(first);
        waiter.thenAcceptAsync(pool::release, threads).get(5, TimeUnit.SECONDS);
        assertEquals(1, count(pool.acquireFor(READ)));
    }

    @Test
    void closeWakesAWaitingThreadWhichThenRefuses() throws Exception {
        JdbcSession first = pool.acquireFor(READ);
        JdbcSession second = acquireOnThread();
        CompletableFuture<JdbcSession> waiter = CompletableFuture.supplyAsync(() -> pool.acquireFor(READ), threads);
        Thread.sleep(200);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(pool::close, threads);
        ExecutionException refused = assertThrows(ExecutionException.class, () -> waiter.get(1, TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof SqlRecordException, String.valueOf(refused.getCause()));
        assertTrue(
                refused.getCause().getMessage().contains("closed"),
                refused.getCause().getMessage());
        assertFalse(closing.isDone(), "close waits for the readers in use");
        pool.release(first);
        pool.release(second);
        closing.get(5, TimeUnit.SECONDS);
        assertThrows(SqlRecordException.class, () -> pool.acquireFor(READ));
    }

    @Test
    void aReadInsideAnOpenReadSharesItsReaderSoThreadsHoldingEveryReaderDoNotDeadlock() throws Exception {
        // Two threads each hold one of the two readers (a stream open) and read again inside it: with
        // a reader of its own per call, each would wait for the other's forever.
        java.util.concurrent.CyclicBarrier bothHold = new java.util.concurrent.CyclicBarrier(2);
        List<Future<Boolean>> nested = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            nested.add(threads.submit(() -> {
                JdbcSession outer = pool.acquireFor(READ);
                bothHold.await(5, TimeUnit.SECONDS);
                JdbcSession inner = pool.acquireFor(READ);
                boolean shared = inner == outer;
                assertEquals(1, count(inner)); // gives the inner hold back; the outer one stays
                assertEquals(1, count(outer, false));
                pool.release(outer);
                return shared;
            }));
        }
        for (Future<Boolean> thread : nested) {
            assertTrue(thread.get(10, TimeUnit.SECONDS), "the nested read shares the outer read's connection");
        }
        JdbcSession a = pool.acquireFor(READ);
        JdbcSession b = acquireOnThread();
        assertNotSame(a, b, "both readers were given back");
        pool.release(a);
        threads.submit(() -> pool.release(b)).get(5, TimeUnit.SECONDS);
    }

    @Test
    void eightThreadsOnTwoReadersNeverShareOneAndAllFinish() throws Exception {
        Set<JdbcSession> inUse = ConcurrentHashMap.newKeySet();
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            workers.add(threads.submit(() -> {
                int rows = 0;
                for (int i = 0; i < 300; i++) {
                    JdbcSession session = pool.acquireFor(READ);
                    assertTrue(inUse.add(session), "a reader handed to two threads at once");
                    try {
                        rows += count(session, false);
                    } finally {
                        inUse.remove(session);
                        pool.release(session);
                    }
                }
                return rows;
            }));
        }
        for (Future<Integer> worker : workers) {
            assertEquals(300, worker.get(60, TimeUnit.SECONDS)); // a lost wake-up would stall a thread
        }
    }

    private int count(JdbcSession session) {
        return count(session, true);
    }

    private int count(JdbcSession session, boolean release) {
        try (var statement = session.connection.createStatement();
                var rows = statement.executeQuery(READ)) {
            return rows.next() ? rows.getInt(1) : 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (release) {
                pool.release(session);
            }
        }
    }
}
