package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link NestedJson} reading what SQLite's {@code json_object} and {@code json_group_array} build,
 * sent by either executor: 64-bit integers and decimals exact, booleans from 0 and 1, and a JSON
 * value of another kind (a string where an array was promised, as a scalar subquery without
 * {@code json(...)} makes) refused, never read as something else. {@link NestedJsonJdbcTest} runs
 * this on SQLite, {@link NestedJsonD1Test} on a real local D1.
 */
abstract class NestedJsonBehaviour {
    private Database db;

    abstract Database open();

    @BeforeEach
    void openDatabase() {
        db = open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private JsonNode column(String sql) {
        String text = db.one(sql, row -> row.getString(1)).orElseThrow();
        return NestedJson.parse(text, "test", "c");
    }

    @Test
    void integersBeyondDoublesAndDecimalsStayExact() {
        JsonNode object = column("SELECT json_object('max', 9223372036854775807, 'min', -9223372036854775808,"
                + " 'odd', 9007199254740993, 'real', 0.1, 'flag', 1 = 1, 'off', 0, 'day', '2026-12-02', 'none', NULL)");
        assertEquals(Long.MAX_VALUE, NestedJson.longValue(object, "max"));
        assertEquals(Long.MIN_VALUE, NestedJson.longValue(object, "min"));
        assertEquals(9_007_199_254_740_993L, NestedJson.longValue(object, "odd"));
        assertEquals(new BigDecimal("0.1"), NestedJson.decimal(object, "real"));
        assertEquals(0.1, NestedJson.doubleValue(object, "real"));
        assertEquals(true, NestedJson.booleanValue(object, "flag"));
        assertEquals(false, NestedJson.booleanValue(object, "off"));
        assertEquals(LocalDate.of(2026, 12, 2), NestedJson.date(object, "day"));
        assertEquals(null, NestedJson.boxedLong(object, "none"));
        String refused = assertThrows(SqlRecordException.class, () -> NestedJson.longValue(object, "none"))
                .getMessage();
        assertTrue(refused.contains("key none is null"), refused);
    }

    @Test
    void anArrayOverNoRowsIsEmptyAndAStringIsNoArray() {
        db.exec("CREATE TABLE t (x INTEGER NOT NULL)");
        JsonNode none = column("SELECT json_group_array(json_object('x', x)) FROM t");
        assertEquals(List.of(), NestedJson.list(NestedJson.elements(none, "c"), n -> NestedJson.longValue(n, "x")));
        db.exec("INSERT INTO t (x) VALUES (7), (8)");
        JsonNode two = column("SELECT json_group_array(json_object('x', x)) FROM t");
        assertEquals(
                List.of(7L, 8L), NestedJson.list(NestedJson.elements(two, "c"), n -> NestedJson.longValue(n, "x")));
        // An array that lost its JSON subtype is written as a string, as SQLite 3.54 does with a scalar
        // subquery's (D1's SQLite keeps it there; the check refuses that form on every target).
        JsonNode lost = column("SELECT json_object('xs', '[7,8]')");
        String refused = assertThrows(SqlRecordException.class, () -> NestedJson.array(lost, "xs"))
                .getMessage();
        assertTrue(refused.contains("not a JSON array"), refused);
        JsonNode kept = column("SELECT json_object('xs', json((SELECT json_group_array(x) FROM t)))");
        assertEquals(2, NestedJson.array(kept, "xs").size());
    }
}
