package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.d1.D1Sessions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes through the gateway whose answer is lost after D1 committed them: the client retries
 * with the same idempotency key, and the gateway answers from its record instead of writing again.
 */
@Tag("d1")
@ExtendWith(LocalGateway.class)
class GatewayRetryD1Test {
    private Database db;
    private int lostBefore;

    @BeforeEach
    void table() {
        db = LocalGateway.get().freshDatabase();
        db.exec("CREATE TABLE events (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        lostBefore = LocalGateway.get().lostAnswers();
        db.exec(
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, event_id INTEGER REFERENCES events(id) ON DELETE CASCADE)");
    }

    private long count() {
        return db.<Long>single("SELECT count(*) FROM events", row -> row.getLong(1));
    }

    @Test
    void aWriteWhoseAnswerIsLostIsAppliedOnceAndAnsweredFromTheRecord() {
        LocalGateway.get().loseAnswers("[{\"status\": 502}]");
        ExecResult inserted = db.execResult("INSERT INTO events (name) VALUES (?)", "once");
        assertEquals(1, inserted.rowsChanged());
        assertEquals(1L, count());
        assertEquals(1, LocalGateway.get().lostAnswers() - lostBefore);
        assertEquals(inserted.lastInsertId(), db.<Long>single("SELECT id FROM events", row -> row.getLong(1)));
    }

    @Test
    void aBatchWhoseAnswerIsLostKeepsEachStatementsOwnCount() {
        db.exec("INSERT INTO events (id, name) VALUES (1, 'a')");
        db.exec("INSERT INTO notes (event_id) VALUES (1), (1), (1)");
        LocalGateway.get().loseAnswers("[{\"status\": 503}, {\"status\": 502}]");
        BatchResults results = db.batch(
                Statement.exec("INSERT INTO events (name) VALUES ('b')"),
                Statement.exec("DELETE FROM events WHERE id = 1"),
                Statement.exec("UPDATE events SET name = 'c'"));
        // each statement's own rows: the delete's 3 cascaded notes are not counted
        assertEquals(List.of(1, 1, 1), results.asList());
        assertEquals(2, LocalGateway.get().lostAnswers() - lostBefore);
        assertEquals(List.of("c"), db.many("SELECT name FROM events", row -> row.getString(1)));
        assertEquals(0L, db.<Long>single("SELECT count(*) FROM notes", row -> row.getLong(1)));
    }

    @Test
    void aWriteThatTimedOutIsRetriedWithItsKey() {
        Database impatient = Database.d1(LocalGateway.get().config().withTimeout(Duration.ofMillis(800)));
        LocalGateway.get().loseAnswers("[{\"delayMs\": 2000}]");
        assertEquals(1, impatient.exec("INSERT INTO events (name) VALUES (?)", "late"));
        assertEquals(1L, count());
        assertEquals(1, LocalGateway.get().lostAnswers() - lostBefore);
    }

    @Test
    void rowsOfALostAnswerAreNotMadeUpButTheWriteStaysSingle() {
        LocalGateway.get().loseAnswers("[{\"status\": 502}]");
        D1Exception e = assertThrows(
                D1Exception.class,
                () -> db.many("INSERT INTO events (name) VALUES ('r') RETURNING id", row -> row.getLong(1)));
        assertEquals(409, e.httpStatus());
        assertTrue(e.getMessage().contains("applied once already"), e.getMessage());
        assertEquals(1L, count());
        assertEquals(1, LocalGateway.get().lostAnswers() - lostBefore);
    }

    @Test
    void aReadAfterAWriteSeesItAndThePrimaryCanBeAskedFor() {
        db.exec("INSERT INTO events (name) VALUES ('seen')");
        assertEquals(1L, count());
        long onPrimary = D1Sessions.onPrimary(() -> count());
        assertEquals(1L, onPrimary);
    }
}
