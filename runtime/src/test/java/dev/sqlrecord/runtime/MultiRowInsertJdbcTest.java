package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-row INSERTs on SQLite where the database is not what the build checked, or the statement
 * ends the transaction: a constraint that skips rows is caught rather than miscounted, a ROLLBACK
 * conflict clause leaves nothing behind, and a caught failure inside a transaction commits nothing.
 */
class MultiRowInsertJdbcTest {
    private static final Query ADD_LABEL = Query.of(
                    "addLabel", "queries/labels.sql", 3, "INSERT INTO labels (name) VALUES (?)")
            .multiRowInsert();

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("app.db"), 2);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<Object[]> labels(int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {"label" + i});
        }
        return rows;
    }

    private long count() {
        return db.single("SELECT count(*) FROM labels", row -> row.getLong(1));
    }

    /**
     * The check never marks an INSERT into a table that may skip a row; a database whose table does
     * (made here by hand) is refused, and the statements' sizes show: 73 elements go as 64, 8 and 1.
     */
    @Test
    void aTableThatSkipsRowsUnbeknownToTheBuildIsRefusedNotMiscounted() {
        db.exec("CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT UNIQUE ON CONFLICT IGNORE)");
        List<Object[]> rows = labels(73);
        rows.set(70, new Object[] {"label0"}); // in the statement of 8
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> db.execEach(ADD_LABEL, rows, row -> row));
        assertTrue(
                e.getMessage().contains("8 elements of the list wrote 7 rows in one multi-row INSERT"), e.getMessage());
        assertEquals(0L, count());
        // the last element runs alone, where a skipped row is an element that changed none
        rows.set(70, new Object[] {"label70"});
        rows.set(72, new Object[] {"label0"});
        int[] changed = db.execEach(ADD_LABEL, rows, row -> row);
        assertEquals(0, changed[72]);
        assertEquals(1, changed[71]);
        assertEquals(72L, count());
    }

    /** A ROLLBACK conflict clause ends the transaction; finding the element must not commit the others. */
    @Test
    void aRollbackConflictClauseLeavesNothingAndNamesTheElement() {
        db.exec("CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT UNIQUE ON CONFLICT ROLLBACK)");
        List<Object[]> rows = labels(100);
        rows.set(50, new Object[] {"label3"});
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> db.execEach(ADD_LABEL, rows, row -> row));
        assertEquals(50, e.batchIndex(), e.getMessage());
        assertEquals(0L, count());
        try (Database other = Database.open("jdbc:sqlite:" + dir.resolve("app.db"))) {
            assertEquals(0L, (long) other.single("SELECT count(*) FROM labels", row -> row.getLong(1)));
        }
        rows.set(50, new Object[] {"label50"});
        assertEquals(100, db.execEach(ADD_LABEL, rows, row -> row).length);
        assertEquals(100L, count());
    }

    @Test
    void aCaughtFailingListInsideATransactionStillCommitsNothing() {
        db.exec("CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT UNIQUE)");
        List<Object[]> rows = labels(100);
        rows.set(90, new Object[] {"label7"});
        SqlRecordException e = assertThrows(
                SqlRecordException.class,
                () -> db.inTransaction(tx -> {
                    tx.exec("INSERT INTO labels (name) VALUES ('before')");
                    try {
                        tx.execEach(ADD_LABEL, rows, row -> row);
                    } catch (UniqueViolationException expected) {
                        assertEquals(90, expected.batchIndex(), expected.getMessage());
                    }
                }));
        assertTrue(e.getMessage().contains("nested transaction failed"), e.getMessage());
        assertEquals(0L, count());
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1}, db.execEach(ADD_LABEL, labels(8), row -> row));
    }
}
