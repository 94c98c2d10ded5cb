package dev.sqlrecord.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.SqlRecordException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a collection's {@code ?} may stand, how its SQL is written, and its JSON text; on text only. */
class ListParametersTest {
    private static final String IN_JSON = "IN (SELECT +value FROM json_each(?))";

    private static ListParameters.Bound bind(String sql, Object... params) {
        return ListParameters.bind(sql, params);
    }

    @Test
    void inListBecomesJsonEachAndTheCollectionOneValue() {
        var b = bind(
                "SELECT * FROM t WHERE a = ? AND id IN (?) AND b NOT IN(  ? ) AND c = ?",
                "x",
                List.of(1L, 2L, 3L),
                Set.of("s"),
                true);
        assertEquals(
                "SELECT * FROM t WHERE a = ? AND id " + IN_JSON
                        + " AND b NOT IN(  SELECT +value FROM json_each(?) ) AND c = ?",
                b.sql());
        assertArrayEquals(new Object[] {"x", "[1,2,3]", "[\"s\"]", true}, b.values());
    }

    @Test
    void emptyAndSingleElementListsAreArraysToo() {
        var b = bind("SELECT 1 WHERE 1 IN (?) OR 2 IN (?)", List.of(), List.of(7));
        assertEquals("SELECT 1 WHERE 1 " + IN_JSON + " OR 2 " + IN_JSON, b.sql());
        assertArrayEquals(new Object[] {"[]", "[7]"}, b.values());
    }

    @Test
    void generatedJsonEachIsBoundAsItStands() {
        String sql = "SELECT id FROM t WHERE id IN (SELECT +value FROM json_each(?)) ORDER BY id";
        var b = bind(sql, List.of(5L, 6L));
        assertEquals(sql, b.sql());
        assertArrayEquals(new Object[] {"[5,6]"}, b.values());
        assertEquals(
                "SELECT value FROM JSON_EACH( ? , '$')",
                bind("SELECT value FROM JSON_EACH( ? , '$')", List.of()).sql());
    }

    @Test
    void aCollectionAnywhereElseIsRefused() {
        for (String sql : new String[] {
            "SELECT ? = 1",
            "INSERT INTO t VALUES (?)",
            "SELECT 1 IN (?, 2)",
            "SELECT 1 IN (2, ?)",
            "SELECT json_array(?)",
            "SELECT \"in\"(?)",
            "SELECT xin (?)"
        }) {
            SqlRecordException e = assertThrows(SqlRecordException.class, () -> bind(sql, List.of(1)), sql);
            assertTrue(e.getMessage().contains("parameter 1 is a collection"), e.getMessage());
        }
    }

    @Test
    void markersInLiteralsAndCommentsAreNotMarkers() {
        String sql = "SELECT '?', 'it''s ?', \"col?\", `b?`, [c?], x'3F' -- what?\n"
                + "FROM t /* ? */ WHERE id IN /* ( */ ( -- ?\n ? ) AND note = '?'''";
        var b = bind(sql, List.of(1, 2));
        assertTrue(
                b.sql().endsWith("WHERE id IN /* ( */ ( -- ?\n SELECT +value FROM json_each(?) ) AND note = '?'''"),
                b.sql());
        assertArrayEquals(new Object[] {"[1,2]"}, b.values());
    }

    @Test
    void numberedMarkersNameTheirParameter() {
        var b = bind("SELECT ?2 IN (?1) AND ?2 > 0 AND 3 IN (?1)", List.of(1, 2), 3);
        assertEquals(
                "SELECT ?2 IN (SELECT +value FROM json_each(?1)) AND ?2 > 0 AND 3 IN (SELECT +value FROM"
                        + " json_each(?1))",
                b.sql());
        assertArrayEquals(new Object[] {"[1,2]", 3}, b.values());
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> bind("SELECT 1 IN (?3)", List.of(1)));
        assertTrue(e.getMessage().contains("parameter 3"), e.getMessage());
    }

    @Test
    void elementsAreWrittenAsTheyAreStored() {
        List<Object> values = new ArrayList<>(Arrays.asList(
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                7,
                (short) 2,
                (byte) 1,
                true,
                false,
                null,
                1.5,
                2.0f,
                new BigDecimal("1.50"),
                new BigDecimal("1E+3"),
                "a\"b\\c\u0000",
                LocalDate.of(2024, 5, 1),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
        assertEquals(
                "[9223372036854775807,-9223372036854775808,7,2,1,1,0,null,1.5,2.0,1.5,1000,"
                        + "\"a\\\"b\\\\c\\u0000\",\"2024-05-01\",\"123e4567-e89b-12d3-a456-426614174000\"]",
                ListParameters.toJson(values, 1, "sql", 1));
    }

    /** An element is refused exactly when the same value bound alone is, with the same reason. */
    @Test
    void elementsThatWouldNotComeBackAreRefusedAsSingleValuesAre() {
        List<Object> unstorable = List.of(
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY,
                -0.0,
                new BigDecimal("0.12345678901234567890123"),
                "lone \uD800 surrogate",
                java.time.Instant.ofEpochSecond(1, 5));
        for (Object value : unstorable) {
            SqlRecordException e = assertThrows(
                    SqlRecordException.class, () -> bind("SELECT 1 WHERE x IN (?)", Arrays.asList(1L, value)));
            String alone = StorableValues.problem(value);
            assertTrue(alone != null && e.getMessage().startsWith("element 2 of parameter 1 " + alone), e.getMessage());
        }
    }

    @Test
    void blobsAndUnsupportedElementsNameTheirPlaceNotTheirValue() {
        SqlRecordException blob =
                assertThrows(SqlRecordException.class, () -> bind("SELECT 1 WHERE x IN (?)", List.of(new byte[] {1})));
        assertTrue(
                blob.getMessage().contains("element 1 of parameter 1 is a byte[]")
                        && blob.getMessage().contains("hex("),
                blob.getMessage());
        SqlRecordException e = assertThrows(
                SqlRecordException.class,
                () -> bind("SELECT 1 WHERE a = ? AND b IN (?)", 1, List.of(1, new StringBuilder("secret"))));
        assertTrue(e.getMessage().contains("java.lang.StringBuilder"), e.getMessage());
        assertTrue(e.getMessage().contains("element 2 of parameter 2"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        SqlRecordException nested =
                assertThrows(SqlRecordException.class, () -> bind("SELECT 1 WHERE b IN (?)", List.of(List.of(1))));
        assertTrue(nested.getMessage().contains("nested collection"), nested.getMessage());
    }

    @Test
    void onlyCollectionsAreRewritten() {
        assertFalse(ListParameters.hasCollection(new Object[] {1, "a", null, new byte[0]}));
        assertTrue(ListParameters.hasCollection(new Object[] {1, List.of()}));
    }
}
