package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a {@link StatementListener} is told, on both executors: each statement and each statement
 * of a batch with its query's name, file and line, the SQL, the outcome, D1's metadata on D1, and
 * parameter values only when asked for. {@link ListenerJdbcTest} runs it on SQLite,
 * {@link ListenerD1Test} on a real local D1.
 */
abstract class ListenerBehaviour {
    static final String SECRET = "s3cret-personal-value";
    static final Query ADD_NOTE = Query.of("addNote", "queries/notes.sql", 3, "INSERT INTO notes (body) VALUES (?)");
    static final Query FIND_NOTE = Query.of("findNote", "queries/notes.sql", 6, "SELECT body FROM notes WHERE id = ?");
    static final Query ALL_NOTES = Query.of("allNotes", "queries/notes.sql", 9, "SELECT body FROM notes ORDER BY id");
    static final Query CLEAR_NOTES = Query.of("clearNotes", "queries/notes.sql", 12, "DELETE FROM notes");

    private Database plain;
    private final RecordingListener recorder = new RecordingListener();
    private Database db;

    /** A database with no tables. */
    abstract Database open();

    abstract boolean isD1();

    @BeforeEach
    void createSchema() {
        plain = open();
        plain.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)");
        db = plain.withListener(recorder);
    }

    @AfterEach
    void close() {
        plain.close();
    }

    private String backend() {
        return isD1() ? StatementEvent.CLOUDFLARE_D1 : StatementEvent.SQLITE;
    }

    @Test
    void aGeneratedQueryIsToldByNameFileAndLineBeforeAndAfter() {
        db.exec(ADD_NOTE, "first");
        recorder.clear();
        Optional<String> body = db.first(FIND_NOTE, row -> row.getString(1), 1L);

        assertEquals(Optional.of("first"), body);
        assertEquals(List.of("before", "after"), recorder.methods());
        StatementEvent before = recorder.calls().get(0).statement();
        StatementEvent after = recorder.calls().get(1).statement();
        for (StatementEvent event : List.of(before, after)) {
            assertEquals("findNote", event.queryName());
            assertEquals("queries/notes.sql", event.sourceFile());
            assertEquals(6, event.sourceLine());
            assertEquals(FIND_NOTE.sql(), event.sql());
            assertEquals(backend(), event.backend());
            assertEquals(Statement.Kind.ONE, event.kind());
            assertEquals(-1, event.batchIndex());
        }
        assertNull(before.duration());
        assertNotNull(after.duration());
        assertFalse(after.duration().isNegative());
        assertEquals(1, after.rows());
        assertNull(after.error());
        assertNull(after.parameters(), "no values unless asked for");
    }

    @Test
    void rowsReturnedAndChangedAreCounted() {
        assertEquals(1, db.execResult(ADD_NOTE, "a").rowsChanged());
        db.exec(ADD_NOTE, "b");
        assertEquals(2, db.many(ALL_NOTES, row -> row.getString(1)).size());
        assertEquals(2, db.exec(CLEAR_NOTES));
        List<Long> rows = recorder.after().stream().map(StatementEvent::rows).toList();
        assertEquals(List.of(1L, 1L, 2L, 2L), rows);
    }

    @Test
    void handWrittenSqlHasNoQueryName() {
        db.exec("INSERT INTO notes (body) VALUES ('x')");
        StatementEvent after = recorder.after().get(0);
        assertNull(after.query());
        assertNull(after.queryName());
        assertNull(after.sourceFile());
        assertEquals(0, after.sourceLine());
        assertEquals("INSERT INTO notes (body) VALUES ('x')", after.sql());
        assertEquals(1, after.rows());
    }

    @Test
    void everyStatementOfABatchIsToldWithItsNameAndLine() {
        BatchResults results = db.batch(
                Statement.exec(ADD_NOTE, "one"),
                Statement.execResult(ADD_NOTE, "two"),
                Statement.many(ALL_NOTES, row -> row.getString(1)),
                Statement.exec("UPDATE notes SET body = upper(body)"));

        assertEquals(List.of("one", "two"), results.get(2));
        assertEquals(
                List.of(
                        "beforeBatch",
                        "before",
                        "before",
                        "before",
                        "before",
                        "after",
                        "after",
                        "after",
                        "after",
                        "afterBatch"),
                recorder.methods());
        List<StatementEvent> after = recorder.after();
        assertEquals(List.of("addNote", "addNote", "allNotes"), names(after.subList(0, 3)));
        assertNull(after.get(3).queryName());
        assertEquals(
                List.of(3, 3, 9, 0),
                after.stream().map(StatementEvent::sourceLine).toList());
        assertEquals(
                List.of(0, 1, 2, 3),
                after.stream().map(StatementEvent::batchIndex).toList());
        assertTrue(after.stream().allMatch(event -> event.batchSize() == 4 && event.error() == null));
        assertEquals(
                List.of(1L, 1L, 2L, 2L),
                after.stream().map(StatementEvent::rows).toList());
        BatchEvent batch = recorder.calls().get(9).batch();
        assertEquals(4, batch.size());
        assertEquals(after, batch.statements());
        assertNotNull(batch.duration());
        assertNull(batch.error());
    }

    @Test
    void aFailureIsToldAndStillThrown() {
        db.exec(ADD_NOTE, "same");
        UniqueViolationException thrown = assertThrows(UniqueViolationException.class, () -> db.exec(ADD_NOTE, "same"));
        StatementEvent failed = recorder.after().get(1);
        assertEquals("addNote", failed.queryName());
        assertEquals(thrown, failed.error());
        assertTrue(failed.failed());
        assertEquals(-1, failed.rows());

        recorder.clear();
        assertThrows(
                UniqueViolationException.class,
                () -> db.batch(Statement.exec(ADD_NOTE, "new"), Statement.exec(ADD_NOTE, "same")));
        List<StatementEvent> batch = recorder.after();
        assertEquals(2, batch.size());
        assertTrue(batch.stream().allMatch(event -> event.error() instanceof UniqueViolationException));
        assertInstanceOf(
                UniqueViolationException.class, recorder.calls().get(5).batch().error());
    }

    @Test
    void noParameterValueAppearsUnlessAskedFor() {
        db.exec(ADD_NOTE, SECRET);
        db.batch(Statement.one(FIND_NOTE, row -> row.getString(1), 1L), Statement.exec(ADD_NOTE, SECRET + "2"));
        assertThrows(UniqueViolationException.class, () -> db.exec(ADD_NOTE, SECRET));
        for (RecordingListener.Call call : recorder.calls()) {
            assertFalse(call.event().toString().contains(SECRET), call.event()::toString);
            if (call.event() instanceof StatementEvent event) {
                assertNull(event.parameters());
            }
        }

        RecordingListener told = new RecordingListener();
        Database withValues = plain.withParameterValuesInEvents().withListener(told);
        withValues.one(FIND_NOTE, row -> row.getString(1), 1L);
        withValues.batch(Statement.exec("UPDATE notes SET body = ? WHERE id = ?", SECRET + "3", 1L));
        List<StatementEvent> after = told.after();
        assertEquals(List.of(1L), after.get(0).parameters());
        assertEquals(java.util.Arrays.asList(SECRET + "3", 1L), after.get(1).parameters());
    }

    @Test
    void listenersComposeInOrderAndOneThatThrowsDoesNotFailTheStatement() {
        List<String> order = new ArrayList<>();
        StatementListener throwing = new StatementListener() {
            @Override
            public void afterStatement(StatementEvent event) {
                order.add("throwing");
                throw new IllegalStateException("a broken listener");
            }
        };
        StatementListener second = new StatementListener() {
            @Override
            public void afterStatement(StatementEvent event) {
                order.add("second " + event.queryName());
            }
        };
        Database both = plain.withListener(throwing).withListener(second);
        assertEquals(1, both.exec(ADD_NOTE, "kept"));
        assertEquals(List.of("throwing", "second addNote"), order);
        assertEquals(Long.valueOf(1), plain.single("SELECT count(*) FROM notes", row -> row.getLong(1)));
    }

    @Test
    void d1MetadataComesWithEachStatementAndNoneOnSqlite() {
        db.exec(ADD_NOTE, "a");
        db.batch(Statement.exec(ADD_NOTE, "b"), Statement.many(ALL_NOTES, row -> row.getString(1)));
        List<StatementEvent> after = recorder.after();
        if (!isD1()) {
            assertTrue(after.stream().allMatch(event -> event.metadata() == null));
            return;
        }
        for (StatementEvent event : after) {
            StatementMetadata metadata = event.metadata();
            assertNotNull(metadata, event::toString);
            assertEquals(1, metadata.attempts());
        }
        // an insert writes the row and its UNIQUE index entry; the read of both rows reads them
        assertTrue(after.get(0).metadata().rowsWritten() >= 1, after.get(0).metadata()::toString);
        assertTrue(after.get(1).metadata().rowsWritten() >= 1, after.get(1).metadata()::toString);
        assertTrue(after.get(2).metadata().rowsRead() >= 2, after.get(2).metadata()::toString);
        assertEquals(0L, after.get(2).metadata().rowsWritten());
    }

    private static List<String> names(List<StatementEvent> events) {
        return events.stream().map(StatementEvent::queryName).toList();
    }
}
