package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One {@link Database} on the gateway shared by 16 threads running over ten thousand statements,
 * reads and writes mixed, while the Worker loses some answers after committing them: every write
 * is there exactly once, and every thread's reads see its own earlier writes.
 */
@Tag("d1")
@Tag("slow")
@ExtendWith(LocalGateway.class)
class GatewayLoadD1Test {
    private static final int THREADS = 16;
    private static final int WRITES_PER_THREAD = 200;

    @Test
    void noWriteIsLostOrDoubledUnderConcurrentLoadAndLostAnswers() throws Exception {
        Database db = LocalGateway.get().freshDatabase();
        db.exec("CREATE TABLE hits (id INTEGER PRIMARY KEY, worker INTEGER NOT NULL, n INTEGER NOT NULL)");
        db.exec("CREATE TABLE totals (worker INTEGER PRIMARY KEY, total INTEGER NOT NULL)");
        int lostBefore = LocalGateway.get().lostAnswers();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> statements = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            int worker = w;
            statements.add(pool.submit(() -> work(db, worker)));
        }
        int faults = 0;
        while (statements.stream().anyMatch(f -> !f.isDone())) {
            LocalGateway.get().loseAnswers("[{\"status\": 502}]");
            faults++;
            Thread.sleep(300);
        }
        pool.shutdown();
        int total = 0;
        for (Future<Integer> f : statements) {
            total += f.get();
        }

        assertTrue(total >= 10_000, "statements run: " + total);
        assertEquals(
                (long) THREADS * WRITES_PER_THREAD,
                db.<Long>single("SELECT count(*) FROM hits", row -> row.getLong(1)));
        assertEquals(
                0L,
                db.<Long>single(
                        "SELECT count(*) FROM (SELECT worker, n FROM hits GROUP BY worker, n HAVING count(*) > 1)",
                        row -> row.getLong(1)));
        for (int w = 0; w < THREADS; w++) {
            assertEquals(
                    (long) WRITES_PER_THREAD,
                    db.<Long>single("SELECT total FROM totals WHERE worker = ?", row -> row.getLong(1), w),
                    "the counter of worker " + w);
        }
        int lost = LocalGateway.get().lostAnswers() - lostBefore;
        assertTrue(lost > 0 && lost <= faults, "answers lost: " + lost);
    }

    /** Writes {@link #WRITES_PER_THREAD} rows and counter increments, reading between; returns the statements run. */
    private static Integer work(Database db, int worker) {
        int run = 0;
        db.exec("INSERT INTO totals (worker, total) VALUES (?, 0)", worker);
        run++;
        for (int n = 0; n < WRITES_PER_THREAD; n++) {
            if (n % 2 == 0) {
                db.batch(
                        Statement.exec("INSERT INTO hits (worker, n) VALUES (?, ?)", worker, n),
                        Statement.exec("UPDATE totals SET total = total + 1 WHERE worker = ?", worker));
                run += 2;
            } else {
                db.exec("INSERT INTO hits (worker, n) VALUES (?, ?)", worker, n);
                db.exec("UPDATE totals SET total = total + 1 WHERE worker = ?", worker);
                run += 2;
            }
            // a read of this thread's own writes must see every one of them
            long mine = db.single("SELECT count(*) FROM hits WHERE worker = ?", row -> row.getLong(1), worker);
            assertEquals(n + 1, mine);
            run++;
            if (ThreadLocalRandom.current().nextInt(4) == 0) {
                db.many("SELECT n FROM hits WHERE worker = ? ORDER BY n DESC LIMIT 5", row -> row.getLong(1), worker);
                run++;
            }
        }
        return run;
    }
}
