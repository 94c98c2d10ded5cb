package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Database#stream} on SQLite: lazy, and the connection is given back on close. */
class StreamJdbcTest {
    private static final String MILLION = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
            + " WHERE x < 1000000) SELECT x, 'row ' || x FROM c";

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite::memory:");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMillionRowsAreReadOneAtATime() {
        // a list of a million mapped rows would be ~100 MB; the stream holds one row at a time
        try (Stream<String> rows = db.stream(MILLION, row -> row.getString(2))) {
            assertEquals(1_000_000L, rows.filter(s -> s.endsWith("7")).count() * 10);
        }
    }

    @Test
    void closingEarlyGivesTheConnectionBack() throws Exception {
        try (Stream<Long> rows = db.stream(MILLION, row -> row.getLong(1))) {
            assertEquals(10L, rows.skip(9).findFirst().orElseThrow());
        }
        // another thread can use the database again: the stream released the connection's lock
        CompletableFuture<Long> other = CompletableFuture.supplyAsync(
                () -> db.one("SELECT 42", row -> row.getLong(1)).orElseThrow());
        assertEquals(42L, other.get(5, TimeUnit.SECONDS));
    }

    @Test
    void theSameThreadMayQueryWhileStreaming() {
        db.exec("CREATE TABLE t (x INTEGER)");
        db.exec("INSERT INTO t VALUES (1), (2), (3)");
        try (Stream<Long> rows = db.stream("SELECT x FROM t ORDER BY x", row -> row.getLong(1))) {
            assertEquals(
                    12L,
                    rows.mapToLong(x -> x
                                            * db.one("SELECT count(*) FROM t", r -> r.getLong(1))
                                                    .orElseThrow())
                                    .sum()
                            - 6);
        }
    }

    @Test
    void errorsSurfaceWhenTheStreamOpensAndTheConnectionIsReleased() {
        assertThrows(SchemaException.class, () -> db.stream("SELECT x FROM nope", row -> row.getLong(1)));
        assertEquals(1L, db.one("SELECT 1", row -> row.getLong(1)).orElseThrow());
    }
}
