package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.d1.D1Config;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What only the D1 executor does: HTTP failures (credentials, rate limits, 5xx, timeouts), retries
 * of reads only, one request per batch, and D1's limits checked before sending. Faults are injected
 * by our Worker in front of the real local D1.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class D1ServiceD1Test {
    private Database db;
    private LocalD1 d1;

    @BeforeEach
    void open() {
        d1 = LocalD1.get();
        db = d1.freshDatabase();
        db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int requestsDuring(Runnable work) {
        int before = d1.requestCount();
        work.run();
        return d1.requestCount() - before;
    }

    @Test
    void wrongTokenIsAnAuthenticationErrorThatNeverShowsTheToken() {
        String token = "wrong-token-5521";
        D1Config config = D1Config.of("local-account", "local-database", token)
                .withBaseUrl(d1.config().baseUrl());
        try (Database wrong = Database.d1(config)) {
            D1AuthenticationException e = assertThrows(
                    D1AuthenticationException.class, () -> wrong.many("SELECT x FROM t", row -> row.getString(1)));
            assertEquals(401, e.httpStatus());
            assertEquals(10000, e.errorCode());
            assertFalse(e.getMessage().contains(token), e.getMessage());
            assertFalse(config.toString().contains(token), config.toString());
        }
    }

    @Test
    void readsAreRetriedOnRateLimitsAndServerErrors() {
        d1.injectFaults("[{\"status\": 429, \"retryAfter\": 0}, {\"status\": 503}]");
        assertEquals(
                3, requestsDuring(() -> assertEquals(List.of(), db.many("SELECT x FROM t", row -> row.getString(1)))));
    }

    @Test
    void writesAreNeverRetried() {
        d1.injectFaults("[{\"status\": 429}]");
        int[] requests = new int[1];
        requests[0] = requestsDuring(
                () -> assertThrows(D1RateLimitException.class, () -> db.exec("INSERT INTO t(x) VALUES (?)", "a")));
        assertEquals(1, requests[0]);
        d1.injectFaults("[{\"status\": 500}]");
        D1Exception e = assertThrows(D1Exception.class, () -> db.exec("INSERT INTO t(x) VALUES (?)", "a"));
        assertEquals(500, e.httpStatus());
        d1.injectFaults("[{\"status\": 500}]");
        assertThrows(
                D1Exception.class, () -> db.one("INSERT INTO t(x) VALUES ('a') RETURNING id", row -> row.getLong(1)));
        assertEquals(List.of(), db.many("SELECT x FROM t", row -> row.getString(1)));
    }

    @Test
    void aLongRetryAfterIsNotWaitedFor() {
        d1.injectFaults("[{\"status\": 429, \"retryAfter\": 300}]");
        D1RateLimitException e =
                assertThrows(D1RateLimitException.class, () -> db.many("SELECT x FROM t", row -> row.getString(1)));
        assertEquals(Duration.ofSeconds(300), e.retryAfter());
    }

    @Test
    void retriesGiveUpAfterTheConfiguredCount() {
        try (Database once = Database.d1(d1.config().withReadRetries(1))) {
            d1.injectFaults("[{\"status\": 502}, {\"status\": 502}]");
            assertEquals(
                    2,
                    requestsDuring(() -> assertThrows(
                            D1Exception.class, () -> once.many("SELECT x FROM t", row -> row.getString(1)))));
        }
    }

    @Test
    void aSlowAnswerIsATimeout() throws InterruptedException {
        try (Database impatient = Database.d1(d1.config().withTimeout(Duration.ofMillis(300)))) {
            d1.injectFaults("[{\"delayMs\": 1500}]");
            SqlTimeoutException e =
                    assertThrows(SqlTimeoutException.class, () -> impatient.exec("INSERT INTO t(x) VALUES ('a')"));
            assertTrue(e.getMessage().contains("may or may not have been applied"), e.getMessage());
        }
        // The Worker still runs the INSERT once its delay is over. Wait for it, so that it cannot land in
        // a later test's table t (it once did), and see that "may or may not" was the honest answer.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (db.many("SELECT x FROM t", row -> row.getString(1)).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of("a"), db.many("SELECT x FROM t", row -> row.getString(1)));
    }

    @Test
    void unreachableD1IsAServiceError() {
        D1Config nowhere =
                d1.config().withBaseUrl("http://127.0.0.1:9/client/v4").withReadRetries(0);
        try (Database gone = Database.d1(nowhere)) {
            D1Exception e = assertThrows(D1Exception.class, () -> gone.many("SELECT 1", row -> row.getLong(1)));
            assertEquals(0, e.httpStatus());
        }
    }

    @Test
    void aBatchAndASplitListAreOneRequestEach() {
        assertEquals(
                1,
                requestsDuring(() -> db.batch(
                        Statement.exec("INSERT INTO t(x) VALUES ('a')"),
                        Statement.exec("INSERT INTO t(x) VALUES ('b')"),
                        Statement.many("SELECT x FROM t", row -> row.getString(1)))));
        List<Long> ids = LongStream.rangeClosed(1, 250).boxed().collect(Collectors.toList());
        assertEquals(
                1,
                requestsDuring(() -> assertEquals(
                        2,
                        db.many("SELECT x FROM t WHERE id IN (?)", row -> row.getString(1), ids)
                                .size())));
    }

    @Test
    void limitsAreCheckedBeforeSending() {
        Object[] params = new Object[101];
        java.util.Arrays.fill(params, 1L);
        String sql = "SELECT " + "?, ".repeat(100) + "?";
        assertEquals(
                0,
                requestsDuring(() ->
                        assertThrows(LimitExceededException.class, () -> db.one(sql, row -> row.getLong(1), params))));
        String huge = "SELECT '" + "é".repeat(50_001) + "'"; // 100,002 bytes of UTF-8, fewer chars
        LimitExceededException e =
                assertThrows(LimitExceededException.class, () -> db.one(huge, row -> row.getString(1)));
        assertTrue(e.getMessage().contains("100000 bytes"), e.getMessage().substring(0, 120));
        assertEquals(Optional.of(1L), db.one("SELECT 1", row -> row.getLong(1)));
    }

    @Test
    void failuresOfABatchAreLocatedWithoutApplyingAnything() {
        db.exec("INSERT INTO t(id, x) VALUES (1, 'a')");
        PrimaryKeyViolationException e = assertThrows(
                PrimaryKeyViolationException.class,
                () -> db.batch(
                        Statement.exec("INSERT INTO t(id, x) VALUES (2, 'b')"),
                        Statement.exec("UPDATE t SET x = 'changed'"),
                        Statement.exec("INSERT INTO t(id, x) VALUES (3, 'c')"),
                        Statement.exec("INSERT INTO t(id, x) VALUES (1, 'again')"),
                        Statement.exec("INSERT INTO t(id, x) VALUES (4, 'd')")));
        assertEquals(3, e.batchIndex());
        assertEquals("INSERT INTO t(id, x) VALUES (1, 'again')", e.sql());
        assertEquals(List.of("1 a"), db.many("SELECT id, x FROM t", row -> row.getLong(1) + " " + row.getString(2)));
    }

    @Test
    void aOneWithTwoRowsInABatchIsReportedAfterD1Applied() {
        // on SQLite the whole batch rolls back; D1 has committed before the rows reach us
        BatchAppliedException e = assertThrows(
                BatchAppliedException.class,
                () -> db.batch(
                        Statement.exec("INSERT INTO t(x) VALUES ('a'), ('b')"),
                        Statement.one("SELECT x FROM t", row -> row.getString(1))));
        assertEquals(1, e.batchIndex());
        assertEquals(2, e.results().get(0));
        assertTrue(
                e.getMessage().contains("more than one row") && e.getMessage().contains("the batch was applied"),
                e.getMessage());
        assertEquals(2, db.many("SELECT x FROM t", row -> row.getString(1)).size());
    }
}
