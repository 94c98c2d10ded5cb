package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Batches: typed results per statement, all or nothing, and the failing statement named. */
interface BatchBehaviour extends BehaviourFixture {

    private List<String> emails() {
        return db().many("SELECT email FROM users ORDER BY id", row -> row.getString(1));
    }

    @Test
    default void returnsEachStatementsTypedResult() {
        createBlogSchema();
        Statement<ExecResult> ada =
                Statement.execResult("INSERT INTO users(email, name) VALUES (?, ?)", "ada@x", "Ada");
        Statement<Integer> rename = Statement.exec("UPDATE users SET name = ? WHERE email = ?", "Ada L.", "ada@x");
        Statement<Optional<String>> name =
                Statement.one("SELECT name FROM users WHERE email = ?", row -> row.getString(1), "ada@x");
        Statement<List<Long>> ids = Statement.many("SELECT id FROM users", row -> row.getLong(1));
        BatchResults results = db().batch(ada, rename, name, ids);
        assertEquals(new ExecResult(1, 1), results.get(ada));
        assertEquals(1, results.get(rename));
        assertEquals(Optional.of("Ada L."), results.get(name)); // reads see the batch's earlier writes
        assertEquals(List.of(1L), results.get(ids));
        assertEquals(4, results.size());
        assertEquals(List.of(new ExecResult(1, 1), 1, Optional.of("Ada L."), List.of(1L)), results.asList());
    }

    @Test
    default void aSingleStatementGivesTheRowItselfAndANoneFailsTheBatch() {
        createBlogSchema();
        Statement<Long> count = Statement.single("SELECT count(*) FROM users", row -> row.getLong(1));
        Statement<Long> added =
                Statement.single("INSERT INTO users(email) VALUES (?) RETURNING id", row -> row.getLong(1), "ada@x");
        BatchResults results = db().batch(added, count);
        assertEquals(1L, results.get(added));
        assertEquals(1L, results.get(count));
        Statement<Long> none = Statement.single("SELECT id FROM users WHERE email = ?", row -> row.getLong(1), "x");
        SqlRecordException e = assertThrows(
                SqlRecordException.class,
                () -> db().batch(Statement.exec("INSERT INTO users(email) VALUES ('bob@x')"), none));
        assertTrue(e.getMessage().contains("returned no row"), e.getMessage());
        // SQLite rolls the batch back; D1 reads the rows after it committed the batch, and says so
        assertEquals(Long.valueOf(isD1() ? 2L : 1L), db().single("SELECT count(*) FROM users", row -> row.getLong(1)));
        assertEquals(isD1(), e.getMessage().contains("the batch was applied"), e.getMessage());
    }

    @Test
    default void aRunOfOneStatementReportsEachStatementsOwnChanges() {
        createBlogSchema();
        db().exec("INSERT INTO users(email, name) VALUES ('a@x', 'A'), ('b@x', 'B'), ('c@y', 'C')");
        String rename = "UPDATE users SET name = lower(name) WHERE email LIKE ?";
        List<Statement<Integer>> renames = List.of(
                Statement.exec(rename, "%@x"),
                Statement.exec(rename, "none"),
                Statement.exec(rename, "c@%"),
                Statement.exec(rename, "%"));
        BatchResults results = db().batch(renames);
        assertEquals(List.of(2, 0, 1, 3), results.asList());
        Statement<ExecResult> last = Statement.execResult("INSERT INTO users(email) VALUES (?)", "e@x");
        results = db().batch(
                        Statement.exec("INSERT INTO users(email) VALUES (?)", "d@x"),
                        Statement.exec("INSERT INTO users(email) VALUES (?)", "d2@x"),
                        last);
        assertEquals(new ExecResult(1, 6), results.get(last), "a run stops before a statement that wants its row id");
        assertEquals(List.of("a@x", "b@x", "c@y", "d@x", "d2@x", "e@x"), emails());
    }

    @Test
    default void failingKthStatementAppliesNothingAndIsNamed() {
        createBlogSchema();
        db().exec("INSERT INTO users(email) VALUES ('taken@x')");
        for (int k = 0; k < 5; k++) {
            List<Statement<?>> batch = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                batch.add(
                        Statement.exec("INSERT INTO users(email) VALUES (?)", i == k ? "taken@x" : "user" + i + "@x"));
            }
            UniqueViolationException e = assertThrows(UniqueViolationException.class, () -> db().batch(batch));
            assertEquals(k, e.batchIndex(), e.getMessage());
            assertEquals(5, e.batchSize());
            assertTrue(e.getMessage().startsWith("batch statement " + (k + 1) + " of 5 failed"), e.getMessage());
            assertEquals(List.of("email"), e.columns());
            assertEquals(List.of("taken@x"), emails(), "nothing of the failed batch is applied");
        }
    }

    @Test
    default void failureOfADifferentKindIsNamedToo() {
        createBlogSchema();
        NotNullViolationException e = assertThrows(
                NotNullViolationException.class,
                () -> db().batch(
                                Statement.exec("INSERT INTO users(email) VALUES ('a@x')"),
                                Statement.exec("INSERT INTO posts(author_id, title) VALUES (1, 'T')"),
                                Statement.exec("UPDATE posts SET title = NULL"),
                                Statement.exec("INSERT INTO users(email) VALUES ('b@x')")));
        assertEquals(2, e.batchIndex(), e.getMessage());
        assertEquals("UPDATE posts SET title = NULL", e.sql());
        assertEquals(List.of(), emails());
        SqlSyntaxException syntax = assertThrows(
                SqlSyntaxException.class,
                () -> db().batch(
                                Statement.exec("INSERT INTO users(email) VALUES ('a@x')"),
                                Statement.exec("INSERT INTO users(email) VALUES ('b@x')"),
                                Statement.exec("INSRT INTO users(email) VALUES ('c@x')")));
        assertEquals(2, syntax.batchIndex(), syntax.getMessage());
        assertEquals(List.of(), emails());
    }

    @Test
    default void aMapperThatThrowsInABatchTellsWhetherTheBatchWasApplied() {
        createBlogSchema();
        IllegalStateException broken = new IllegalStateException("mapper broke");
        Statement<ExecResult> insert = Statement.execResult("INSERT INTO users(email) VALUES (?)", "a@x");
        Statement<Optional<String>> failing = Statement.one("SELECT email FROM users", row -> {
            throw broken;
        });
        Statement<List<String>> after = Statement.many("SELECT email FROM users", row -> row.getString(1));
        if (isD1()) {
            // D1 committed before the rows arrived: the caller must not run the batch again
            BatchAppliedException e =
                    assertThrows(BatchAppliedException.class, () -> db().batch(insert, failing, after));
            assertSame(broken, e.getCause());
            assertEquals(1, e.batchIndex());
            assertTrue(
                    e.getMessage().contains("the batch was applied")
                            && e.getMessage().contains("mapper broke"),
                    e.getMessage());
            assertEquals(new ExecResult(1, 1), e.results().get(insert));
            assertNull(e.results().get(failing));
            assertEquals(List.of("a@x"), e.results().get(after));
            assertEquals(List.of("a@x"), emails());
        } else {
            // SQLite rolls the batch back and the mapper's own exception arrives
            assertSame(broken, assertThrows(IllegalStateException.class, () -> db().batch(insert, failing, after)));
            assertEquals(List.of(), emails());
        }
    }

    @Test
    default void emptyBatchDoesNothing() {
        assertEquals(0, db().batch(List.of()).size());
    }

    @Test
    default void sameStatementTwiceNeedsAnIndex() {
        createBlogSchema();
        Statement<Integer> insert = Statement.exec("INSERT INTO users(email) VALUES (random())");
        BatchResults results = db().batch(insert, insert);
        assertEquals(1, results.get(1, insert));
        assertThrows(IllegalArgumentException.class, () -> results.get(insert));
        assertEquals(2, db().many("SELECT id FROM users", row -> row.getLong(1)).size());
    }
}
