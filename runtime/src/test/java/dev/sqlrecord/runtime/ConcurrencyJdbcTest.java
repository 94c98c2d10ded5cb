package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads on one file database, mixing reads, single writes, batches and transactions: no
 * error reaches a caller (no SQLITE_BUSY), no read sees half of a batch or of a transaction, and
 * every write is counted exactly once. Seed: {@code -Dconcurrency.seed}.
 */
class ConcurrencyJdbcTest {
    private static final int THREADS = 16;
    private static final int OPERATIONS = 250;

    @TempDir
    Path dir;

    @Test
    void mixedWorkOnOneFileLosesNothingAndShowsNothingHalfDone() throws Exception {
        long seed = Long.getLong("concurrency.seed", 20_261_202L);
        AtomicLong pairs = new AtomicLong();
        AtomicLong singles = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (Database db = Database.open(dir.resolve("load.db").toString(), 4)) {
            db.exec("CREATE TABLE a (id INTEGER PRIMARY KEY)");
            db.exec("CREATE TABLE b (id INTEGER PRIMARY KEY REFERENCES a (id))");
            db.exec("CREATE TABLE c (id INTEGER PRIMARY KEY AUTOINCREMENT, thread INTEGER NOT NULL)");
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Random random = new Random(seed + t);
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < OPERATIONS; i++) {
                        long key = (long) thread * OPERATIONS + i;
                        switch (random.nextInt(4)) {
                            case 0 -> {
                                db.batch(
                                        Statement.exec("INSERT INTO a VALUES (?)", key),
                                        Statement.exec("INSERT INTO b VALUES (?)", key));
                                pairs.incrementAndGet();
                            }
                            case 1 -> {
                                db.inTransaction(tx -> {
                                    tx.exec("INSERT INTO a VALUES (?)", key);
                                    assertEquals(
                                            1L,
                                            tx.one("SELECT count(*) FROM a WHERE id = ?", row -> row.getLong(1), key)
                                                    .orElseThrow(),
                                            "a transaction reads its own write");
                                    tx.exec("INSERT INTO b VALUES (?)", key);
                                });
                                pairs.incrementAndGet();
                            }
                            case 2 -> {
                                db.exec("INSERT INTO c (thread) VALUES (?)", thread);
                                singles.incrementAndGet();
                            }
                            default -> {
                                long difference = db.one(
                                                "SELECT (SELECT count(*) FROM a) - (SELECT count(*) FROM b)",
                                                row -> row.getLong(1))
                                        .orElseThrow();
                                assertEquals(0L, difference, "a read saw half of a batch or transaction");
                                reads.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(120, TimeUnit.SECONDS); // rethrows the first failure of that thread
            }
            assertEquals(pairs.get(), count(db, "a"));
            assertEquals(pairs.get(), count(db, "b"));
            assertEquals(singles.get(), count(db, "c"));
            assertTrue(reads.get() > 0 && pairs.get() > 0 && singles.get() > 0, "every kind of work ran");
            assertEquals(List.of(), db.many("PRAGMA foreign_key_check", row -> row.getString(1)));
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(Database db, String table) {
        return db.one("SELECT count(*) FROM " + table, row -> row.getLong(1)).orElseThrow();
    }
}
