package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same values in, the same Java values out, on every executor. */
interface ValueBehaviour extends BehaviourFixture {
    /** The largest integer D1's JSON carries exactly (JavaScript's Number.MAX_SAFE_INTEGER). */
    long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private void createValues() {
        db().exec(
                        "CREATE TABLE v (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB, flag BOOLEAN, d NUMERIC)");
    }

    private Object read(long id, RowMapper<?> getter) {
        return db().one("SELECT i, r, s, b, flag, d FROM v WHERE id = ?", getter, id)
                .orElse(null);
    }

    @Test
    default void nullsReadAsNullAndRefuseNonNullGetters() {
        createValues();
        db().exec("INSERT INTO v(id) VALUES (1)");
        assertNull(read(1, row -> row.getLongOrNull(1)));
        assertNull(read(1, row -> row.getIntOrNull(1)));
        assertNull(read(1, row -> row.getDoubleOrNull(2)));
        assertNull(read(1, row -> row.getString(3)));
        assertNull(read(1, row -> row.getBytes(4)));
        assertNull(read(1, row -> row.getBooleanOrNull(5)));
        assertNull(read(1, row -> row.getBigDecimal(6)));
        assertNull(read(1, row -> row.getObject(1)));
        assertTrue((Boolean) read(1, row -> row.isNull(3)));
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> read(1, row -> row.getLong(1)));
        assertTrue(e.getMessage().contains("getLongOrNull"), e.getMessage());
    }

    @Test
    default void integersDoublesBooleansAndDecimals() {
        createValues();
        db().exec("INSERT INTO v(id, i, r, flag, d) VALUES (1, ?, ?, ?, ?)", -42L, 2.5, true, new BigDecimal("12.50"));
        db().exec(
                        "INSERT INTO v(id, i, r, flag, d) VALUES (2, ?, ?, ?, ?)",
                        Integer.MAX_VALUE,
                        2.0,
                        false,
                        new BigDecimal("10.00"));
        db().exec("INSERT INTO v(id, i, r) VALUES (3, ?, ?)", MAX_SAFE_INTEGER, Math.PI);
        assertEquals(-42L, read(1, row -> row.getLong(1)));
        assertEquals(-42, read(1, row -> row.getInt(1)));
        assertEquals(2.5, read(1, row -> row.getDouble(2)));
        assertEquals(2.0, read(2, row -> row.getDouble(2)));
        assertEquals(Math.PI, read(3, row -> row.getDouble(2)));
        assertTrue((Boolean) read(1, row -> row.getBoolean(5)));
        assertFalse((Boolean) read(2, row -> row.getBoolean(5)));
        assertEquals(new BigDecimal("12.5"), read(1, row -> row.getBigDecimal(6)));
        assertEquals(new BigDecimal("10"), read(2, row -> row.getBigDecimal(6)));
        assertEquals(Integer.MAX_VALUE, read(2, row -> row.getInt(1)));
        assertEquals(MAX_SAFE_INTEGER, read(3, row -> row.getLong(1)));
        assertEquals(-42L, read(1, row -> row.getObject(1)));
        assertEquals(2.5, read(1, row -> row.getObject(2)));
        assertEquals("-42", read(1, row -> row.getString(1)));
        assertThrows(SqlRecordException.class, () -> read(3, row -> row.getInt(1)));
    }

    @Test
    default void integersBeyondTwoToThe53AreExactOrRefused() {
        createValues();
        long big = (1L << 62) + 1;
        db().exec("INSERT INTO v(id, i) VALUES (1, ?), (2, ?), (3, ?)", big, -big, Long.MAX_VALUE);
        // a filter on the column compares exactly on both (D1 gets the value as text, the column makes it an integer)
        assertEquals(List.of(1L), db().many("SELECT id FROM v WHERE i = ?", row -> row.getLong(1), big));
        assertEquals(
                "integer",
                db().one("SELECT typeof(i) FROM v WHERE id = 1", row -> row.getString(1))
                        .orElseThrow());
        // read as text, the value is exact everywhere, and getLong parses it
        for (long value : new long[] {big, -big, Long.MAX_VALUE}) {
            assertEquals(
                    value,
                    db().one("SELECT CAST(i AS TEXT) FROM v WHERE i = ?", row -> row.getLong(1), value)
                            .orElseThrow());
        }
        assertEquals(
                Long.toString(big),
                db().one("SELECT CAST(i AS TEXT) FROM v WHERE id = 1", row -> row.getString(1))
                        .orElseThrow());
        if (isD1()) {
            // D1's JSON carries numbers as JavaScript doubles: refused, never silently rounded
            SqlRecordException e = assertThrows(SqlRecordException.class, () -> read(1, row -> row.getLong(1)));
            assertTrue(e.getMessage().contains("CAST(... AS TEXT)"), e.getMessage());
            assertThrows(SqlRecordException.class, () -> read(3, row -> row.getObject(1)));
        } else {
            assertEquals(big, read(1, row -> row.getLong(1)));
            assertEquals(Long.MAX_VALUE, read(3, row -> row.getLong(1)));
        }
    }

    @Test
    default void unicodeTextRoundTrips() {
        createValues();
        String text = "Zoë — 日本語 • עברית • 🎉👩‍💻 • e\u0301 • \"quotes\" 'and' \\ back\nslash\ttab";
        db().exec("INSERT INTO v(id, s) VALUES (1, ?)", text);
        assertEquals(text, read(1, row -> row.getString(3)));
        assertEquals(List.of(1L), db().many("SELECT id FROM v WHERE s = ?", row -> row.getLong(1), text));
        assertEquals(
                (long) text.codePointCount(0, text.length()),
                db().one("SELECT length(s) FROM v", row -> row.getLong(1)).orElseThrow());
        assertArrayEquals(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), (byte[]) read(1, row -> row.getBytes(3)));
    }

    @Test
    default void blobsRoundTripAsByteArrays() {
        createValues();
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        db().exec("INSERT INTO v(id, b) VALUES (1, ?), (2, ?), (3, x'CAFE')", all, new byte[0]);
        assertArrayEquals(all, (byte[]) read(1, row -> row.getBytes(4)));
        assertArrayEquals(new byte[0], (byte[]) read(2, row -> row.getBytes(4)));
        assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE}, (byte[]) read(3, row -> row.getObject(4)));
        assertEquals(
                "blob",
                db().one("SELECT typeof(b) FROM v WHERE id = 1", row -> row.getString(1))
                        .orElseThrow());
        assertEquals(List.of(1L), db().many("SELECT id FROM v WHERE b = ?", row -> row.getLong(1), (Object) all));
    }

    @Test
    default void textConvertsToNumbersAsSqliteDoes() {
        createValues();
        db().exec("INSERT INTO v(id, s) VALUES (1, ?), (2, ?)", "  42abc", "2.5e1x");
        assertEquals(42L, read(1, row -> row.getLong(3)));
        assertEquals(25.0, read(2, row -> row.getDouble(3)));
        assertEquals(2L, read(2, row -> row.getLong(3)));
    }
}
