package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ListFormBehaviour} and {@link MultiRowInsertBehaviour} on an SQLite file with read connections beside the writer: the list
 * runs on the writer, and a reader never sees part of it.
 */
class ListFormFileJdbcTest implements ListFormBehaviour, MultiRowInsertBehaviour {
    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void openDatabase() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("app.db"), 3);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Override
    public Database db() {
        return db;
    }

    @Override
    public boolean isD1() {
        return false;
    }

    private static long count(Database database, String table) {
        return database.single("SELECT count(*) FROM " + table, row -> row.getLong(1));
    }

    @Test
    void theFiveHundredthOfAThousandFailingLeavesNothingWrittenAndIsNamed() {
        createBlogSchema();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new Object[] {"user" + i + "@x", "User " + i});
        }
        rows.set(500, new Object[] {"user3@x", "the email of element 3 again"});
        UniqueViolationException e =
                assertThrows(UniqueViolationException.class, () -> db.execEach(ADD_USER, rows, row -> row));
        assertEquals(500, e.batchIndex(), e.getMessage());
        assertEquals(1000, e.batchSize());
        assertTrue(e.getMessage().contains("element 500 (counted from 0) of a list of 1000 failed"), e.getMessage());
        assertEquals(0L, count(db, "users"));
        // nothing reached the file either: a connection of its own reads it
        try (Database other = Database.open("jdbc:sqlite:" + dir.resolve("app.db"))) {
            assertEquals(0L, count(other, "users"));
        }
        rows.set(500, new Object[] {"user500@x", "User 500"});
        assertEquals(1000, db.execEach(ADD_USER, rows, row -> row).length);
        assertEquals(1000L, count(db, "users"));
    }

    /**
     * The elements before the failing one are not undone by the list itself (no savepoint): a list that
     * fails inside a transaction leaves it rollback-only, so a caught failure still commits nothing.
     */
    @Test
    void aCaughtFailingListInsideATransactionStillCommitsNothing() {
        createBlogSchema();
        SqlRecordException e = assertThrows(
                SqlRecordException.class,
                () -> db.inTransaction(tx -> {
                    tx.exec("INSERT INTO users(email) VALUES ('before@x')");
                    try {
                        tx.execEach(
                                ADD_USER,
                                List.of(new Object[] {"a@x", null}, new Object[] {"b@x", null}, new Object[] {
                                    "a@x", null
                                }),
                                row -> row);
                    } catch (UniqueViolationException expected) {
                        assertEquals(2, expected.batchIndex(), expected.getMessage());
                    }
                }));
        assertTrue(e.getMessage().contains("nested transaction failed"), e.getMessage());
        assertEquals(0L, count(db, "users"));
    }

    /**
     * sqlite-jdbc finalizes a statement whose step fails with SQLITE_ERROR (malformed JSON here): the
     * element is still named, and the next list prepares the statement afresh.
     */
    @Test
    void anElementWhoseStepFailsWithAnErrorIsNamedAndTheStatementIsPreparedAgain() {
        db.exec("CREATE TABLE documents (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
        String insert = "INSERT INTO documents(body) VALUES (json(?))";
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new Object[] {"{\"n\": " + i + "}"});
        }
        rows.set(7, new Object[] {"{not json"});
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> db.execEach(insert, rows));
        assertEquals(7, e.batchIndex(), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
        assertEquals(0L, count(db, "documents"));
        rows.set(7, new Object[] {"{\"n\": 7}"});
        assertEquals(10, db.execEach(insert, rows).length);
        assertEquals(
                List.of(0L, 7L, 9L),
                db.many(
                        "SELECT body ->> 'n' FROM documents WHERE id IN (1, 8, 10) ORDER BY id",
                        row -> row.getLong(1)));
    }

    @Test
    void readersSeeAListWholeOrNotAtAll() throws Exception {
        createBlogSchema();
        int lists = 20;
        int size = 50;
        AtomicBoolean done = new AtomicBoolean();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                seen.add(db.single("SELECT count(*) FROM users", row -> row.getLong(1)));
            }
        });
        reader.start();
        for (int list = 0; list < lists; list++) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                rows.add(new Object[] {"u" + list + "-" + i + "@x", null});
            }
            db.execEach(ADD_USER, rows, row -> row);
        }
        done.set(true);
        reader.join();
        assertEquals(Long.valueOf(lists * size), db.single("SELECT count(*) FROM users", row -> row.getLong(1)));
        assertTrue(seen.stream().allMatch(count -> count % size == 0), seen.toString());
    }
}
