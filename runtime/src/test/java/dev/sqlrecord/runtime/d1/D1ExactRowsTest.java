package dev.sqlrecord.runtime.d1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.SqlRecordException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Rows of a D1 form as D1 answers them, decoded: only a marked text becomes an integer, a marked
 * number stays a REAL, unmarked values are what they were, and an answer that does not match its
 * marks is refused (docs/D1-EXACT-INTEGERS.md).
 */
class D1ExactRowsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void marksGiveEachValueItsStorageClassBack() throws Exception {
        D1Cursor cursor = cursor("[[\"9223372036854775807\", \"9007199254740993\", 1, 7, \" 1 3r\"],"
                + " [\"-9223372036854775808\", null, 1152921504606846976, \"12abc\", \" 1 3r\"],"
                + " [42, [1, 2], 2.5, \"9007199254740993\", \"\"]]");
        assertTrue(cursor.next());
        assertEquals(Long.MAX_VALUE, cursor.getLong(1));
        assertEquals(Long.MAX_VALUE, cursor.getObject(1));
        assertEquals(new BigDecimal(Long.MAX_VALUE), cursor.getBigDecimal(1));
        assertEquals("9007199254740993", cursor.getObject(2)); // unmarked text stays text
        assertEquals(1.0, cursor.getObject(3)); // a marked whole REAL is a Double, not a Long
        assertEquals(7L, cursor.getObject(4));
        assertThrows(SqlRecordException.class, () -> cursor.getObject(5)); // the marks are not a column
        assertTrue(cursor.next());
        assertEquals(Long.MIN_VALUE, cursor.getLongOrNull(1));
        assertTrue(cursor.isNull(2));
        assertEquals(0x1p60, cursor.getObject(3)); // a REAL beyond 2^53 is exact, not refused
        assertEquals(1L << 60, cursor.getLong(3));
        assertEquals("12abc", cursor.getString(4));
        assertTrue(cursor.next());
        assertEquals(42L, cursor.getObject(1));
        assertArrayEquals(new byte[] {1, 2}, cursor.getBytes(2));
        assertEquals(2.5, cursor.getDouble(3));
        assertEquals("9007199254740993", cursor.getString(4));
        assertFalse(cursor.next());
    }

    @Test
    void anAnswerThatContradictsItsMarksIsRefused() {
        for (String rows : new String[] {
            "[[\"12abc\", \" 1\"]]", "[[7, \" 1\"]]", "[[\"x\", \" 1r\"]]", "[[1, \" 2\"]]", "[[1, 2]]", "[[]]"
        }) {
            assertThrows(SqlRecordException.class, () -> cursor(rows), rows);
        }
    }

    private static D1Cursor cursor(String rows) throws Exception {
        JsonNode decoded = D1ExactRows.decode(JSON.readTree(rows), "SELECT …", 0);
        return new D1Cursor(decoded, "SELECT …", 0);
    }
}
