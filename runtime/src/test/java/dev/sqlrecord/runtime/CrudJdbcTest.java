package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The four query kinds against a real in-memory SQLite, shaped like generated code uses them. */
class CrudJdbcTest {
    record User(long id, String email, String name) {}

    private static final RowMapper<User> USER = row -> new User(row.getLong(1), row.getString(2), row.getString(3));

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite::memory:");
        db.exec("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createReadUpdateDelete() {
        ExecResult first = db.execResult("INSERT INTO users(email, name) VALUES (?, ?)", "ada@example.com", "Ada");
        ExecResult second = db.execResult("INSERT INTO users(email, name) VALUES (?, ?)", "bob@example.com", null);
        assertEquals(new ExecResult(1, 1), first);
        assertEquals(new ExecResult(1, 2), second);

        assertEquals(
                Optional.of(new User(1, "ada@example.com", "Ada")),
                db.one("SELECT id, email, name FROM users WHERE email = ?", USER, "ada@example.com"));
        assertEquals(
                List.of(new User(1, "ada@example.com", "Ada"), new User(2, "bob@example.com", null)),
                db.many("SELECT id, email, name FROM users ORDER BY id", USER));

        assertEquals(1, db.exec("UPDATE users SET name = ? WHERE id = ?", "Bob", 2L));
        assertEquals(
                "Bob",
                db.one("SELECT name FROM users WHERE id = ?", row -> row.getString(1), 2)
                        .orElseThrow());
        assertEquals(2, db.exec("UPDATE users SET name = upper(name)"));
        assertEquals(0, db.exec("DELETE FROM users WHERE id = ?", 99));
        assertEquals(1, db.exec("DELETE FROM users WHERE id = ?", 1));
        assertEquals(List.of(2L), db.many("SELECT id FROM users", row -> row.getLong(1)));
    }

    @Test
    void oneWithZeroOneAndTwoRows() {
        db.exec("INSERT INTO users(email) VALUES ('a@x'), ('b@x')");
        assertEquals(Optional.empty(), db.one("SELECT id FROM users WHERE email = ?", row -> row.getLong(1), "none"));
        assertEquals(Optional.of(1L), db.one("SELECT id FROM users WHERE email = ?", row -> row.getLong(1), "a@x"));
        SqlRecordException e = assertThrows(
                SqlRecordException.class, () -> db.one("SELECT id FROM users ORDER BY id", row -> row.getLong(1)));
        assertTrue(e.getMessage().contains("more than one row"), e.getMessage());
        assertTrue(e.getMessage().contains("SELECT id FROM users ORDER BY id"), e.getMessage());
        // the statement is usable again after the error (its cursor was closed)
        assertEquals(
                2,
                db.many("SELECT id FROM users ORDER BY id", row -> row.getLong(1))
                        .size());
    }

    @Test
    void manyOnEmptyResultIsAnEmptyList() {
        assertEquals(List.of(), db.many("SELECT id FROM users", row -> row.getLong(1)));
    }

    @Test
    void execOnDdlChangesNoRows() {
        db.exec("INSERT INTO users(email) VALUES ('a@x')");
        assertEquals(0, db.exec("CREATE TABLE other (x)"));
        assertEquals(0, db.execResult("CREATE INDEX users_name ON users(name)").rowsChanged());
    }

    @Test
    void execCountsOnlyTheStatementsOwnRowsNotTriggers() {
        db.exec("CREATE TABLE audit (user_id INTEGER)");
        db.exec("CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN"
                + " INSERT INTO audit VALUES (new.id); INSERT INTO audit VALUES (new.id); END");
        assertEquals(1, db.exec("INSERT INTO users(email) VALUES (?)", "a@x"));
        assertEquals(Optional.of(2L), db.one("SELECT count(*) FROM audit", row -> row.getLong(1)));
    }

    @Test
    void execRunsStatementsThatReturnRows() {
        assertEquals(1, db.exec("INSERT INTO users(email) VALUES (?) RETURNING id", "a@x"));
        assertEquals(2, db.exec("INSERT INTO users(email) VALUES (?), (?) RETURNING id", "b@x", "c@x"));
        assertEquals(Optional.of(3L), db.one("SELECT count(*) FROM users", row -> row.getLong(1)));
        assertEquals(0, db.exec("PRAGMA foreign_keys"));
    }

    @Test
    void execResultReportsRowsOfMultiRowInsert() {
        ExecResult result = db.execResult("INSERT INTO users(email) VALUES (?), (?), (?)", "a", "b", "c");
        assertEquals(3, result.rowsChanged());
        assertEquals(3, result.lastInsertId());
    }

    @Test
    void valuesRoundTripExactly() {
        db.exec("CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB, flag BOOLEAN)");
        long big = (1L << 53) + 1; // not representable as a double
        byte[] blob = {0, 1, (byte) 0xFF, 0x7F, 0};
        String unicode = "Zoë — 日本語 — 🎉 — \u0000 inside";
        db.exec("INSERT INTO v VALUES (?, ?, ?, ?, ?)", big, 0.1, unicode, blob, true);
        db.exec("INSERT INTO v VALUES (?, ?, ?, ?, ?)", Long.MIN_VALUE, -1.5e300, "", new byte[0], false);

        List<Object[]> rows = db.many("SELECT i, r, t, b, flag FROM v ORDER BY rowid", row ->
                new Object[] {row.getLong(1), row.getDouble(2), row.getString(3), row.getBytes(4), row.getBoolean(5)});
        assertEquals(big, rows.get(0)[0]);
        assertEquals(0.1, rows.get(0)[1]);
        assertEquals(unicode, rows.get(0)[2]);
        assertArrayEquals(blob, (byte[]) rows.get(0)[3]);
        assertEquals(true, rows.get(0)[4]);
        assertEquals(Long.MIN_VALUE, rows.get(1)[0]);
        assertEquals(-1.5e300, rows.get(1)[1]);
        assertEquals("", rows.get(1)[2]);
        assertArrayEquals(new byte[0], (byte[]) rows.get(1)[3]);
        assertEquals(false, rows.get(1)[4]);
        // the database sees the value, not a rounded double, and booleans are stored as integers 1/0
        assertEquals(
                Optional.of(1L), db.one("SELECT count(*) FROM v WHERE i = 9007199254740993", row -> row.getLong(1)));
        assertEquals(List.of("integer", "integer"), db.many("SELECT typeof(flag) FROM v", row -> row.getString(1)));
        assertEquals(Optional.of(1L), db.one("SELECT rowid FROM v WHERE t = ?", row -> row.getLong(1), unicode));
        assertEquals(Optional.of(3L), db.one("SELECT length(?)", row -> row.getLong(1), "日本🎉"));
    }

    @Test
    void everyParameterTypeBinds() {
        db.exec("CREATE TABLE p (a, b, c, d, e, f, g, h, i, j)");
        db.exec(
                "INSERT INTO p VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                null,
                1L,
                2,
                (short) 3,
                (byte) 4,
                5.5,
                6.5f,
                "s",
                new byte[] {9},
                Boolean.FALSE);
        List<Object> row = db.one("SELECT * FROM p", r -> {
                    Object[] values = new Object[10];
                    for (int i = 0; i < 10; i++) {
                        values[i] = r.getObject(i + 1);
                    }
                    return List.of(
                            values[1],
                            values[2],
                            values[3],
                            values[4],
                            values[5],
                            values[6],
                            values[7],
                            values[9],
                            r.isNull(1));
                })
                .orElseThrow();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5.5, 6.5, "s", 0L, true), row);
    }

    @Test
    void unsupportedParameterTypeNamesTypeAndPositionNotValue() {
        SqlRecordException e = assertThrows(
                SqlRecordException.class,
                () -> db.exec("UPDATE users SET name = ? WHERE id = ?", "x", new java.util.Date(0)));
        assertTrue(e.getMessage().contains("java.util.Date"), e.getMessage());
        assertTrue(e.getMessage().contains("parameter 2"), e.getMessage());
        assertTrue(e.getMessage().contains("UPDATE users SET name = ? WHERE id = ?"), e.getMessage());
        assertFalse(e.getMessage().contains("1970"), e.getMessage());
    }

    @Test
    void sqlErrorsCarrySqlAndParameterCountButNoValues() {
        db.exec("INSERT INTO users(email) VALUES (?)", "secret@example.com");
        SqlRecordException e = assertThrows(
                SqlRecordException.class,
                () -> db.exec("INSERT INTO users(email, name) VALUES (?, ?)", "secret@example.com", "Top Secret"));
        assertTrue(e.getMessage().contains("UNIQUE constraint failed: users.email"), e.getMessage());
        assertTrue(e.getMessage().contains("INSERT INTO users(email, name) VALUES (?, ?)"), e.getMessage());
        assertTrue(e.getMessage().contains("2 parameters"), e.getMessage());
        assertFalse(e.getMessage().contains("secret@"), e.getMessage());
        assertFalse(e.getMessage().contains("Top Secret"), e.getMessage());
        assertEquals(2, e.parameterCount());
    }

    @Test
    void syntaxErrorIsReported() {
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> db.many("SELEC 1", row -> 1));
        assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
    }

    @Test
    void wrongParameterCountIsAnError() {
        SqlRecordException tooFew =
                assertThrows(SqlRecordException.class, () -> db.exec("UPDATE users SET name = ? WHERE id = ?", "x"));
        assertTrue(tooFew.getMessage().contains("takes 2 parameters but 1 were given"), tooFew.getMessage());
        SqlRecordException tooMany =
                assertThrows(SqlRecordException.class, () -> db.exec("DELETE FROM users WHERE id = ?", 1, 2));
        assertTrue(tooMany.getMessage().contains("takes 1 parameters but 2 were given"), tooMany.getMessage());
    }

    @Test
    void mapperExceptionsPassThroughUnchanged() {
        db.exec("INSERT INTO users(email) VALUES ('a@x')");
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> db.many("SELECT id FROM users", row -> {
                    throw new IllegalStateException("from mapper");
                }));
        assertEquals("from mapper", e.getMessage());
        assertEquals(1, db.many("SELECT id FROM users", row -> row.getLong(1)).size());
    }

    @Test
    void closedDatabaseRefusesWork() {
        db.close();
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> db.exec("SELECT 1"));
        assertTrue(e.getMessage().contains("closed"));
        db.close(); // closing twice is harmless
    }
}
