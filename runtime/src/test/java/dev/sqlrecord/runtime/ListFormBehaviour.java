package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list forms ({@link Database#execEach}, {@link Database#execResultEach}): every element
 * applied with its own count, all or nothing, the failing element named, an empty list a no-op,
 * and listeners told one batch with one statement per element.
 */
interface ListFormBehaviour extends BehaviourFixture {
    Query ADD_USER = Query.of("addUser", "queries/users.sql", 4, "INSERT INTO users(email, name) VALUES (?, ?)");

    private long count(String table) {
        return db().single("SELECT count(*) FROM " + table, row -> row.getLong(1));
    }

    private static List<Object[]> users(int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {"user" + i + "@x", i % 3 == 0 ? null : "User " + i});
        }
        return rows;
    }

    @Test
    default void everyElementIsAppliedInOrderWithItsOwnCount() {
        createBlogSchema();
        int[] changed = db().execEach(ADD_USER, users(90), row -> row);
        int[] ones = new int[90];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, changed);
        assertEquals(
                List.of("1 user0@x null", "2 user1@x User 1", "90 user89@x User 89"),
                db().many(
                                "SELECT id, email, name FROM users WHERE id IN (1, 2, 90) ORDER BY id",
                                row -> row.getLong(1) + " " + row.getString(2) + " " + row.getString(3)));
        // an UPDATE counts each element's own rows: 0 where nothing matched
        int[] renamed = db().execEach(
                        "UPDATE users SET name = ? WHERE email LIKE ?",
                        List.of(new Object[] {"A", "user1%"}, new Object[] {"B", "nobody%"}, new Object[] {
                            "C", "user2@x"
                        }));
        assertArrayEquals(new int[] {11, 0, 1}, renamed);
    }

    @Test
    default void execResultEachGivesEachElementsRowId() {
        createBlogSchema();
        db().exec("INSERT INTO users(id, email) VALUES (10, 'first@x')");
        List<ExecResult> results =
                db().execResultEach("INSERT INTO users(email, name) VALUES (?, ?)", users(3).subList(0, 3));
        assertEquals(List.of(new ExecResult(1, 11), new ExecResult(1, 12), new ExecResult(1, 13)), results);
    }

    @Test
    default void aFailingElementRollsBackEveryElementAndIsNamed() {
        createBlogSchema();
        db().exec("INSERT INTO users(email) VALUES ('taken@x')");
        List<Object[]> rows = users(6);
        rows.set(4, new Object[] {"taken@x", "Again"});
        UniqueViolationException e =
                assertThrows(UniqueViolationException.class, () -> db().execEach(ADD_USER, rows, row -> row));
        assertEquals(4, e.batchIndex(), e.getMessage());
        assertEquals(6, e.batchSize());
        assertTrue(e.getMessage().contains("element 4 (counted from 0) of a list of 6 failed"), e.getMessage());
        assertEquals(1L, count("users")); // nothing of the list, not even elements 0 to 3
        // the same for :execresult, and the database is usable afterwards
        SqlRecordException again = assertThrows(
                SqlRecordException.class,
                () -> db().execResultEach(
                                "INSERT INTO users(email) VALUES (?)",
                                List.of(new Object[] {"new@x"}, new Object[] {"taken@x"})));
        assertEquals(1, again.batchIndex(), again.getMessage());
        assertEquals(1L, count("users"));
        assertArrayEquals(
                new int[] {1},
                db().execEach("INSERT INTO users(email) VALUES (?)", List.<Object[]>of(new Object[] {"new@x"})));
    }

    @Test
    default void aValueThatCannotBeBoundNamesItsElementAndNothingRuns() {
        createBlogSchema();
        List<Object[]> rows = users(3);
        rows.set(2, new Object[] {"x@x", new Object()});
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> db().execEach(ADD_USER, rows, row -> row));
        assertEquals(2, e.batchIndex(), e.getMessage());
        assertEquals(0L, count("users"));
    }

    @Test
    default void anEmptyListRunsNothingAndTellsNoListener() {
        createBlogSchema();
        RecordingListener recorder = new RecordingListener();
        Database listened = db().withListener(recorder);
        assertArrayEquals(new int[0], listened.execEach(ADD_USER, List.<Object[]>of(), row -> row));
        assertEquals(List.of(), listened.execResultEach("DELETE FROM users WHERE id = ?", List.of()));
        assertEquals(List.of(), recorder.calls());
    }

    @Test
    default void aStatementThatReturnsRowsRunsForEachElementToo() {
        createBlogSchema();
        int[] changed = db().execEach(
                        "INSERT INTO users(email) VALUES (?) RETURNING id",
                        List.of(new Object[] {"a@x"}, new Object[] {"b@x"}));
        assertArrayEquals(new int[] {1, 1}, changed);
        assertEquals(2L, count("users"));
    }

    @Test
    default void listenersAreToldOneBatchWithAStatementPerElement() {
        createBlogSchema();
        RecordingListener recorder = new RecordingListener();
        db().withListener(recorder).execEach(ADD_USER, users(3), row -> row);
        assertEquals(
                List.of("beforeBatch", "before", "before", "before", "after", "after", "after", "afterBatch"),
                recorder.methods());
        List<StatementEvent> after = recorder.after();
        for (int i = 0; i < 3; i++) {
            StatementEvent event = after.get(i);
            assertEquals("addUser", event.queryName());
            assertEquals(i, event.batchIndex());
            assertEquals(3, event.batchSize());
            assertEquals(1, event.rows());
            assertEquals(Statement.Kind.EXEC, event.kind());
        }
        BatchEvent batch = recorder.calls().get(recorder.calls().size() - 1).batch();
        assertEquals(3, batch.size());
        assertEquals(null, batch.error());

        recorder.clear();
        List<Object[]> failing = users(2);
        failing.set(1, new Object[] {"user0@x", null});
        assertThrows(
                UniqueViolationException.class,
                () -> db().withListener(recorder).execEach(ADD_USER, failing, row -> row));
        BatchEvent failed = recorder.calls().get(recorder.calls().size() - 1).batch();
        assertTrue(failed.error() instanceof UniqueViolationException, String.valueOf(failed.error()));
        assertTrue(recorder.after().stream().allMatch(event -> event.rows() == -1 && event.failed()));
    }

    @Test
    default void insideATransactionTheListIsPartOfIt() {
        if (isD1()) {
            return; // D1 has no interactive transactions; there a list form is its own batch request
        }
        createBlogSchema();
        assertThrows(
                IllegalStateException.class,
                () -> db().inTransaction(tx -> {
                    tx.execEach(ADD_USER, users(5), row -> row);
                    assertEquals(5L, tx.<Long>single("SELECT count(*) FROM users", row -> row.getLong(1)));
                    throw new IllegalStateException("roll back");
                }));
        assertEquals(0L, count("users"));
        // a failing list inside a transaction rolls the whole transaction back
        assertThrows(
                UniqueViolationException.class,
                () -> db().inTransaction(tx -> {
                    tx.exec("INSERT INTO users(email) VALUES ('before@x')");
                    tx.execEach(ADD_USER, List.of(new Object[] {"a@x", null}, new Object[] {"a@x", null}), row -> row);
                }));
        assertEquals(0L, count("users"));
    }
}
