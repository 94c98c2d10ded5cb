package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Queries and writes on sqlite-jdbc run through the statement's native handle
 * ({@link NativeStatements}); these check what that path must keep from the driver's: the statement
 * left reset whatever happens, SQLite's errors in the middle of a result, and the same values as the
 * JDBC result set gives (streams still read through it).
 */
class NativeStatementsJdbcTest {
    private static final String ALL = "SELECT i, r, s, b FROM t ORDER BY rowid";
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite::memory:");
        db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB)");
        db.exec("INSERT INTO t VALUES (0, 0.0, '', x''), (NULL, NULL, NULL, NULL), (42, 2.5, 'text', x'CAFE'),"
                + " (-9223372036854775808, -1e300, 'ünïcödé ✓', x'00FF'), ('7', '2.5', 42, 3.5)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void readsWhatTheJdbcResultSetReads() {
        RowMapper<List<Object>> everyGetter = row -> {
            List<Object> values = new ArrayList<>();
            for (int column = 1; column <= 4; column++) {
                values.add(comparable(row.getObject(column)));
                values.add(row.getLongOrNull(column));
                values.add(row.getDoubleOrNull(column));
                values.add(row.getString(column));
                values.add(comparable(row.getBytes(column)));
                values.add(row.isNull(column));
            }
            return values;
        };
        List<List<Object>> viaNative = db.many(ALL, everyGetter);
        List<List<Object>> viaResultSet;
        try (Stream<List<Object>> rows = db.stream(ALL, everyGetter)) {
            viaResultSet = rows.collect(Collectors.toList());
        }
        assertEquals(5, viaNative.size());
        assertEquals(viaResultSet, viaNative);
    }

    private static Object comparable(Object value) {
        return value instanceof byte[] bytes ? "blob " + Arrays.toString(bytes) : value;
    }

    @Test
    void mapperFailureLeavesTheStatementReusable() {
        assertThrows(
                IllegalStateException.class,
                () -> db.many(ALL, row -> {
                    throw new IllegalStateException("mapper failed");
                }));
        assertEquals(5, db.many(ALL, row -> row.getObject(1)).size());
    }

    @Test
    void errorInTheMiddleOfTheRowsIsReportedAndTheStatementReusable() {
        String sql = "SELECT CASE WHEN i = 42 THEN abs(-9223372036854775807 - 1) ELSE i END FROM t ORDER BY rowid";
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> db.many(sql, row -> row.getLongOrNull(1)));
        assertTrue(e.getMessage().contains("integer overflow"), e.getMessage());
        assertEquals(List.of(0L), db.many(sql + " LIMIT 1", row -> row.getLong(1)));
        assertThrows(SqlRecordException.class, () -> db.many(sql, row -> row.getLongOrNull(1)));
    }

    @Test
    void errorOnTheFirstStepLeavesTheStatementUsable() {
        String sql = "SELECT abs(?)";
        for (int i = 0; i < 2; i++) {
            SqlRecordException e =
                    assertThrows(SqlRecordException.class, () -> db.one(sql, row -> row.getLong(1), Long.MIN_VALUE));
            assertTrue(e.getMessage().contains("integer overflow"), e.getMessage());
        }
        assertEquals(5L, db.one(sql, row -> row.getLong(1), -5).orElseThrow());
        // sqlite-jdbc finalizes the statement after such a failure; the cache must not hand it out again
        String insert = "INSERT INTO t (i) VALUES (abs(?))";
        for (int i = 0; i < 2; i++) {
            assertThrows(SqlRecordException.class, () -> db.exec(insert, Long.MIN_VALUE));
        }
        assertEquals(1, db.exec(insert, -5));
        assertThrows(SqlRecordException.class, () -> {
            try (Stream<Long> rows = db.stream(sql, row -> row.getLong(1), Long.MIN_VALUE)) {
                rows.count();
            }
        });
        try (Stream<Long> rows = db.stream(sql, row -> row.getLong(1), -6)) {
            assertEquals(List.of(6L), rows.collect(Collectors.toList()));
        }
    }

    @Test
    void closingTheDatabaseInsideAMapperIsAnErrorNotACrash() {
        SqlRecordException e = assertThrows(
                SqlRecordException.class,
                () -> db.many(ALL, row -> {
                    db.close();
                    return row.getString(3);
                }));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void firstLeavesRowsUnreadAndTheNextRunStartsOver() {
        assertEquals(0L, db.first(ALL, row -> row.getLong(1)).orElseThrow());
        assertEquals(0L, db.first(ALL, row -> row.getLong(1)).orElseThrow());
        assertEquals(Arrays.asList(0L, null, 42L, Long.MIN_VALUE, 7L), db.many(ALL, row -> row.getLongOrNull(1)));
    }

    @Test
    void emptyResultStepsNoFurther() {
        assertEquals(List.of(), db.many("SELECT i FROM t WHERE i > ?", row -> row.getLong(1), 1000));
        assertEquals(List.of(42L), db.many("SELECT i FROM t WHERE i > ?", row -> row.getLong(1), 10));
    }

    @Test
    void writesCountTheirRowsWithAndWithoutReturning() {
        assertEquals(2, db.exec("UPDATE t SET s = ? WHERE i >= ?", "big", 7));
        assertEquals(2, db.exec("UPDATE t SET s = ? WHERE i >= ? RETURNING rowid", "bigger", 7));
        assertEquals(0, db.exec("UPDATE t SET s = ? WHERE i > ?", "none", 1000));
        assertEquals(List.of("bigger", "bigger"), db.many("SELECT s FROM t WHERE i >= 7", row -> row.getString(1)));
    }

    @Test
    void failedWriteLeavesTheStatementReusable() {
        db.exec("CREATE TABLE u (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        String insert = "INSERT INTO u (id, name) VALUES (?, ?)";
        assertEquals(1, db.exec(insert, 1, "a"));
        assertThrows(PrimaryKeyViolationException.class, () -> db.exec(insert, 1, "b"));
        assertThrows(NotNullViolationException.class, () -> db.exec(insert, 2, null));
        assertEquals(1, db.exec(insert, 2, "b"));
        assertEquals(List.of("a", "b"), db.many("SELECT name FROM u ORDER BY id", row -> row.getString(1)));
    }
}
