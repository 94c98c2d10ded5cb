package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commit, rollback and nesting on the shared-connection JDBC executor. */
class TransactionJdbcTest {
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite::memory:");
        db.exec("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0))");
        db.exec("INSERT INTO accounts VALUES (1, 100), (2, 0)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> balances() {
        return db.many("SELECT balance FROM accounts ORDER BY id", row -> row.getLong(1));
    }

    private static void transfer(Database tx, long amount) {
        tx.exec("UPDATE accounts SET balance = balance + ? WHERE id = 2", amount);
        tx.exec("UPDATE accounts SET balance = balance - ? WHERE id = 1", amount);
    }

    @Test
    void commitsWhenWorkReturns() {
        String result = db.transaction(tx -> {
            transfer(tx, 30);
            return "done";
        });
        assertEquals("done", result);
        assertEquals(List.of(70L, 30L), balances());
    }

    @Test
    void rollsBackAndRethrowsWhenSqlFails() {
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> db.inTransaction(tx -> transfer(tx, 500)));
        assertTrue(e.getMessage().contains("CHECK constraint failed"), e.getMessage());
        assertEquals(List.of(100L, 0L), balances()); // the first UPDATE was undone
    }

    @Test
    void rollsBackAndRethrowsAnyException() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> db.inTransaction(tx -> {
                    transfer(tx, 10);
                    throw boom;
                }));
        assertSame(boom, thrown);
        assertEquals(List.of(100L, 0L), balances());
        // the connection is back in auto-commit: a plain statement sticks
        db.exec("UPDATE accounts SET balance = 1 WHERE id = 2");
        assertEquals(List.of(100L, 1L), balances());
    }

    @Test
    void nestedCallJoinsTheOuterTransaction() {
        db.inTransaction(outer -> {
            transfer(outer, 10);
            int inner = outer.transaction(tx -> {
                transfer(tx, 20);
                return 1;
            });
            assertEquals(1, inner);
            assertEquals(List.of(70L, 30L), balances()); // visible inside
        });
        assertEquals(List.of(70L, 30L), balances());
    }

    @Test
    void failureInTheOuterWorkUndoesTheJoinedInnerWork() {
        assertThrows(
                IllegalStateException.class,
                () -> db.inTransaction(outer -> {
                    outer.inTransaction(inner -> transfer(inner, 20));
                    throw new IllegalStateException("after inner");
                }));
        assertEquals(List.of(100L, 0L), balances());
    }

    @Test
    void caughtFailureOfAJoinedCallStillRollsBackEverything() {
        SqlRecordException e = assertThrows(
                SqlRecordException.class,
                () -> db.inTransaction(outer -> {
                    transfer(outer, 10);
                    try {
                        outer.inTransaction(inner -> {
                            transfer(inner, 5);
                            throw new IllegalStateException("inner");
                        });
                    } catch (IllegalStateException expected) {
                        // swallowed on purpose
                    }
                }));
        assertTrue(e.getMessage().contains("nested transaction failed"), e.getMessage());
        assertEquals(List.of(100L, 0L), balances());
        db.inTransaction(tx -> transfer(tx, 1)); // and the next transaction starts clean
        assertEquals(List.of(99L, 1L), balances());
    }

    @Test
    void statementErrorCaughtInsideTheTransactionDoesNotDoomIt() {
        db.inTransaction(tx -> {
            transfer(tx, 10);
            assertThrows(SqlRecordException.class, () -> tx.exec("INSERT INTO accounts VALUES (1, 0)"));
        });
        assertEquals(List.of(90L, 10L), balances());
    }

    @Test
    void otherThreadsWaitForTheTransaction() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> db.inTransaction(tx -> {
                tx.exec("UPDATE accounts SET balance = 50 WHERE id = 1");
                inside.countDown();
                await(release);
                tx.exec("UPDATE accounts SET balance = 50 WHERE id = 2");
            }));
            assertTrue(inside.await(5, TimeUnit.SECONDS));
            Future<List<Long>> reader = pool.submit(this::balances);
            Thread.sleep(100);
            assertTrue(!reader.isDone(), "the reader must not see the transaction half-done");
            release.countDown();
            writer.get(5, TimeUnit.SECONDS);
            assertEquals(List.of(50L, 50L), reader.get(5, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
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
