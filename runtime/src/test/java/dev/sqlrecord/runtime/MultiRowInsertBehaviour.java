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
 * The list form of a query the check marks {@code multiRowInsert} (docs/MULTI-ROW-INSERTS.md): on
 * SQLite its elements go 64 or 8 to a statement, and nothing tells it from running them one by one:
 * the same rows in the same order, each element's count, the failing element named, nothing of a
 * failing list left. On D1, which ignores the mark, the same answers.
 */
interface MultiRowInsertBehaviour extends BehaviourFixture {
    /** Not ListFormBehaviour's text: that one keeps its elements one by one. */
    Query ADD_USERS = Query.of("addUsers", "queries/users.sql", 9, "INSERT INTO users (email, name) VALUES (?, ?)")
            .multiRowInsert();

    Query ADD_TAG = Query.of("addTag", "queries/tags.sql", 2, "INSERT INTO tags (name, rank) VALUES (?, ?)")
            .multiRowInsert();

    private static List<Object[]> users(int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {"user" + i + "@x", i % 3 == 0 ? null : "User " + i});
        }
        return rows;
    }

    private List<String> table() {
        return db().many(
                        "SELECT id, email, name FROM users ORDER BY id",
                        row -> row.getLong(1) + " " + row.getString(2) + " " + row.getString(3));
    }

    private static List<String> expected(List<Object[]> rows) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add((i + 1) + " " + rows.get(i)[0] + " " + rows.get(i)[1]);
        }
        return out;
    }

    @Test
    default void everyLengthWritesTheRowsOneByOneWouldInTheirOrder() {
        createBlogSchema();
        for (int n : new int[] {1, 7, 8, 9, 64, 65, 73, 100}) {
            db().exec("DELETE FROM users");
            List<Object[]> rows = users(n);
            int[] ones = new int[n];
            Arrays.fill(ones, 1);
            assertArrayEquals(ones, db().execEach(ADD_USERS, rows, row -> row), "n = " + n);
            assertEquals(expected(rows), table(), "n = " + n);
        }
    }

    @Test
    default void aFailingElementInsideAStatementOfManyIsNamedAndNothingIsWritten() {
        createBlogSchema();
        // 100 elements (the most the gateway takes in one request by default): statements of 64, 8, 8,
        // 8 and 8 elements on SQLite, then 4 one by one
        for (int failing : new int[] {0, 40, 63, 64, 90, 95, 99}) {
            List<Object[]> rows = users(100);
            rows.set(failing, new Object[] {failing == 0 ? "user1@x" : "user0@x", "again"});
            UniqueViolationException e =
                    assertThrows(UniqueViolationException.class, () -> db().execEach(ADD_USERS, rows, row -> row));
            int named = failing == 0 ? 1 : failing; // element 0 takes user1's email: element 1 is the second
            assertEquals(named, e.batchIndex(), e.getMessage());
            assertEquals(100, e.batchSize());
            assertEquals(List.of(), table());
        }
        assertEquals(100, db().execEach(ADD_USERS, users(100), row -> row).length);
        assertEquals(expected(users(100)), table());
    }

    @Test
    default void aValueThatCannotBeBoundInsideAStatementOfManyIsNamed() {
        createBlogSchema();
        List<Object[]> rows = users(100);
        rows.set(20, new Object[] {"x@x", Double.NaN});
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> db().execEach(ADD_USERS, rows, row -> row));
        assertEquals(20, e.batchIndex(), e.getMessage());
        assertEquals(List.of(), table());
    }

    /** A FAIL conflict clause keeps the rows a failing statement wrote before its failing row. */
    @Test
    default void aFailConflictClauseStillLeavesNothingAndNamesTheElement() {
        db().exec("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT UNIQUE ON CONFLICT FAIL, rank INTEGER)");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new Object[] {"tag" + i, (long) i});
        }
        rows.set(30, new Object[] {"tag10", 30L});
        UniqueViolationException e =
                assertThrows(UniqueViolationException.class, () -> db().execEach(ADD_TAG, rows, row -> row));
        assertEquals(30, e.batchIndex(), e.getMessage());
        assertEquals(0L, (long) db().single("SELECT count(*) FROM tags", row -> row.getLong(1)));
    }

    @Test
    default void sentWithQueryCommentsTheListWritesTheSameRows() {
        createBlogSchema();
        List<Object[]> rows = users(80);
        assertEquals(80, db().withQueryComments().execEach(ADD_USERS, rows, row -> row).length);
        assertEquals(expected(rows), table());
        assertTrue(db().withQueryComments().execEach(ADD_USERS, List.<Object[]>of(), row -> row).length == 0);
    }
}
