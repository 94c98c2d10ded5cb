package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link Row} getter on values and on SQL NULL, through the JDBC executor. */
class RowJdbcTest {
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite::memory:");
        db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, flag BOOLEAN)");
        db.exec("INSERT INTO t VALUES (0, 0.0, '', x'', 0)"); // rowid 1: zeros and empties, not NULL
        db.exec("INSERT INTO t VALUES (NULL, NULL, NULL, NULL, NULL)"); // rowid 2: all NULL
        db.exec("INSERT INTO t VALUES (42, 2.5, 'text', x'CAFE', 1)"); // rowid 3
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Object read(long rowid, Function<Row, ?> getter) {
        return db.one("SELECT i, r, s, b, flag FROM t WHERE rowid = ?", getter::apply, rowid)
                .orElse(null);
    }

    @Test
    void nullableGettersReturnNullForNull() {
        assertNull(read(2, row -> row.getLongOrNull(1)));
        assertNull(read(2, row -> row.getIntOrNull(1)));
        assertNull(read(2, row -> row.getDoubleOrNull(2)));
        assertNull(read(2, row -> row.getString(3)));
        assertNull(read(2, row -> row.getBytes(4)));
        assertNull(read(2, row -> row.getBooleanOrNull(5)));
        assertNull(read(2, row -> row.getObject(1)));
        for (int column = 1; column <= 5; column++) {
            int c = column;
            assertEquals(true, read(2, row -> row.isNull(c)), "column " + c);
        }
    }

    @Test
    void nullableGettersReturnZeroValuesForZeroNotNull() {
        assertEquals(0L, read(1, row -> row.getLongOrNull(1)));
        assertEquals(0, read(1, row -> row.getIntOrNull(1)));
        assertEquals(0.0, read(1, row -> row.getDoubleOrNull(2)));
        assertEquals("", read(1, row -> row.getString(3)));
        assertArrayEquals(new byte[0], (byte[]) read(1, row -> row.getBytes(4)));
        assertEquals(false, read(1, row -> row.getBooleanOrNull(5)));
        for (int column = 1; column <= 5; column++) {
            int c = column;
            assertEquals(false, read(1, row -> row.isNull(c)), "column " + c);
        }
    }

    @Test
    void primitiveGettersReadValues() {
        assertEquals(42L, read(3, row -> row.getLong(1)));
        assertEquals(42, read(3, row -> row.getInt(1)));
        assertEquals(2.5, read(3, row -> row.getDouble(2)));
        assertEquals(true, read(3, row -> row.getBoolean(5)));
        assertEquals(0L, read(1, row -> row.getLong(1)));
        assertEquals(0.0, read(1, row -> row.getDouble(2)));
        assertEquals(false, read(1, row -> row.getBoolean(5)));
        assertEquals(42L, read(3, row -> row.getLongOrNull(1)));
        assertEquals(2.5, read(3, row -> row.getDoubleOrNull(2)));
        assertEquals(true, read(3, row -> row.getBooleanOrNull(5)));
        assertEquals("text", read(3, row -> row.getString(3)));
        assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE}, (byte[]) read(3, row -> row.getBytes(4)));
    }

    @Test
    void primitiveGettersRefuseNull() {
        for (Function<Row, Object> getter : java.util.List.<Function<Row, Object>>of(
                row -> row.getLong(1), row -> row.getInt(1), row -> row.getDouble(2), row -> row.getBoolean(5))) {
            SqlRecordException e = assertThrows(SqlRecordException.class, () -> read(2, getter));
            assertTrue(e.getMessage().contains("is NULL"), e.getMessage());
            assertTrue(e.getMessage().contains("OrNull"), e.getMessage());
        }
    }

    @Test
    void getObjectReportsStorageClass() {
        assertEquals(42L, read(3, row -> row.getObject(1)));
        assertEquals(2.5, read(3, row -> row.getObject(2)));
        assertEquals("text", read(3, row -> row.getObject(3)));
        assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE}, (byte[]) read(3, row -> row.getObject(4)));
        assertEquals(
                Long.MAX_VALUE,
                db.one("SELECT 9223372036854775807", row -> row.getObject(1)).orElseThrow());
        // storage class, not declared type: a REAL column holding an integer value stores 1.0
        assertEquals(
                1.0, db.one("SELECT CAST(1 AS REAL)", row -> row.getObject(1)).orElseThrow());
    }

    @Test
    void intGetterChecksRange() {
        db.exec("UPDATE t SET i = ? WHERE rowid = 3", 1L << 31);
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> read(3, row -> row.getInt(1)));
        assertTrue(e.getMessage().contains("outside the int range"), e.getMessage());
        assertEquals(1L << 31, read(3, row -> row.getLong(1)));
        db.exec("UPDATE t SET i = ? WHERE rowid = 3", Integer.MIN_VALUE);
        assertEquals(Integer.MIN_VALUE, read(3, row -> row.getIntOrNull(1)));
    }

    @Test
    void badColumnIndexIsAnError() {
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> read(3, row -> row.getString(9)));
        assertTrue(e.getMessage().contains("column 9"), e.getMessage());
    }

    @Test
    void manyMovesTheSameRowAcrossRows() {
        var values = db.many("SELECT i FROM t ORDER BY rowid", row -> row.getLongOrNull(1));
        assertEquals(java.util.Arrays.asList(0L, null, 42L), values);
    }

    @Test
    void decimalsRoundTripThroughNumericColumns() {
        db.exec("CREATE TABLE money (amount NUMERIC)");
        db.exec("INSERT INTO money VALUES (?), (?), (?)", new BigDecimal("12.50"), new BigDecimal("7"), null);
        var amounts = db.many("SELECT amount FROM money ORDER BY rowid", row -> row.getBigDecimal(1));
        assertEquals(0, new BigDecimal("12.5").compareTo(amounts.get(0)));
        assertEquals(new BigDecimal("7"), amounts.get(1));
        assertNull(db.one("SELECT amount FROM money WHERE rowid = 3", row -> row.getBigDecimal(1))
                .orElse(null));
        assertEquals(
                new BigDecimal("3.25"),
                db.one("SELECT '3.25'", row -> row.getBigDecimal(1)).orElseThrow());
        assertThrows(SqlRecordException.class, () -> db.one("SELECT 'abc'", row -> row.getBigDecimal(1)));
    }
}
