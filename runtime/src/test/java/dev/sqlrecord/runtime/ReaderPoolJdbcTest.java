package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file database's read connections: reads run beside each other and beside the writer, a
 * transaction reads its own writes, and nothing a single connection would answer changes. Each
 * "runs beside" test holds a connection with an open stream and shows another call completing.
 */
class ReaderPoolJdbcTest {
    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private Database open(int readers) {
        Database db = Database.open(dir.resolve("app.db").toString(), readers);
        db.exec("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)");
        db.exec("INSERT OR IGNORE INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')");
        return db;
    }

    private static Iterator<Long> openStream(Database db) {
        Iterator<Long> rows =
                db.stream("SELECT id FROM t ORDER BY id", row -> row.getLong(1)).iterator();
        assertEquals(1L, rows.next()); // the statement is running: its connection is held
        return rows;
    }

    private long count(Database db) {
        return db.one("SELECT count(*) FROM t", row -> row.getLong(1)).orElseThrow();
    }

    @Test
    void aReadRunsWhileAnotherConnectionIsHeldByAStream() throws Exception {
        try (Database db = open(4);
                Stream<Long> held = db.stream("SELECT id FROM t", row -> row.getLong(1))) {
            assertTrue(held.iterator().hasNext());
            assertEquals(3L, threads.submit(() -> count(db)).get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void withOneConnectionTheSameReadWaitsForTheStream() throws Exception {
        try (Database db = open(1)) {
            Stream<Long> held = db.stream("SELECT id FROM t", row -> row.getLong(1));
            assertTrue(held.iterator().hasNext());
            Future<Long> read = threads.submit(() -> count(db));
            assertThrows(TimeoutException.class, () -> read.get(300, TimeUnit.MILLISECONDS));
            held.close();
            assertEquals(3L, read.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void theWriterIsFreeWhileEveryReaderIsHeld() throws Exception {
        try (Database db = open(2)) {
            Iterator<Long> first = openStream(db);
            Iterator<Long> second = threads.submit(() -> openStream(db)).get(5, TimeUnit.SECONDS);
            assertEquals(
                    1,
                    threads.submit(() -> db.exec("INSERT INTO t VALUES (4, 'd')"))
                            .get(5, TimeUnit.SECONDS));
            first.forEachRemaining(id -> {});
            second.forEachRemaining(id -> {});
        }
    }

    @Test
    void aTransactionReadsItsOwnWritesAndOthersSeeOnlyWhatIsCommitted() throws Exception {
        try (Database db = open(4)) {
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch seen = new CountDownLatch(1);
            Future<Long> inside = threads.submit(() -> db.transaction(tx -> {
                tx.exec("INSERT INTO t VALUES (10, 'x')");
                written.countDown();
                await(seen);
                return count(tx);
            }));
            assertTrue(written.await(5, TimeUnit.SECONDS));
            assertEquals(3L, threads.submit(() -> count(db)).get(5, TimeUnit.SECONDS), "a reader, not blocked");
            seen.countDown();
            assertEquals(4L, inside.get(5, TimeUnit.SECONDS));
            assertEquals(4L, count(db));
        }
    }

    @Test
    void aWriteThatLooksLikeAQueryRunsOnTheWriter() {
        try (Database db = open(4)) {
            List<Long> ids = db.many(
                    "WITH v(id) AS (VALUES (20), (21)) INSERT INTO t (id, v) SELECT id, 'w' FROM v RETURNING id",
                    row -> row.getLong(1));
            assertEquals(List.of(20L, 21L), ids);
            assertEquals(
                    List.of("w"),
                    db.many(
                            "WITH x AS (SELECT replace(v, 'z', 'y') AS v FROM t WHERE id = 20) SELECT v FROM x",
                            row -> row.getString(1)));
        }
    }

    @Test
    void stateOnlyTheWriterHasKeepsEveryLaterReadOnTheWriter() {
        try (Database db = open(4)) {
            db.exec("CREATE TEMP TABLE scratch (x)");
            db.exec("INSERT INTO scratch VALUES (1)");
            assertEquals(
                    1L,
                    db.one("SELECT count(*) FROM scratch", row -> row.getLong(1))
                            .orElseThrow());
        }
        try (Database db = open(4)) {
            db.exec("PRAGMA case_sensitive_like = 1");
            assertEquals(
                    0L, db.one("SELECT 'A' LIKE 'a'", row -> row.getLong(1)).orElseThrow());
        }
    }

    @Test
    void anInMemoryDatabaseKeepsOneConnection() {
        try (Database db = Database.open("jdbc:sqlite::memory:", 4)) {
            db.exec("CREATE TABLE m (x)");
            db.exec("INSERT INTO m VALUES (1)");
            assertEquals(
                    1L, db.one("SELECT count(*) FROM m", row -> row.getLong(1)).orElseThrow());
        }
    }

    @Test
    void closeWaitsForAReadInFlightThenRefusesNewWork() throws Exception {
        Database db = open(2);
        Iterator<Long> held = openStream(db);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(db::close, threads);
        Thread.sleep(200);
        assertFalse(closing.isDone(), "close waits while a read is in flight");
        while (held.hasNext()) {
            held.next();
        }
        closing.get(5, TimeUnit.SECONDS);
        SqlRecordException refused = assertThrows(SqlRecordException.class, () -> count(db));
        assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Database.open(dir.resolve("x.db").toString(), 0));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
