package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers at their edges: each comes back as it went in, or is refused before it is written. */
interface NumberEdgeBehaviour extends EdgeValueFixture {
    long SAFE = (1L << 53) - 1; // the largest integer D1's JSON carries exactly

    @Test
    default void longsWithinTwoToThe53RoundTripOnBoth() {
        assertRoundTrips(
                "longs",
                "INTEGER",
                row -> row.getLongOrNull(1),
                Arrays.asList(
                        0L,
                        -1L,
                        1L,
                        SAFE,
                        -SAFE,
                        SAFE - 1,
                        -SAFE + 1,
                        (long) Integer.MAX_VALUE + 1,
                        (long) Integer.MIN_VALUE - 1,
                        null));
        assertRoundTrips(
                "ints",
                "INT",
                row -> row.getIntOrNull(1),
                Arrays.asList(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, null));
    }

    @Test
    default void longsBeyondTwoToThe53StayIntegersAndReadExactlyAsText() {
        List<Long> big = List.of(
                Long.MIN_VALUE,
                Long.MIN_VALUE + 1,
                Long.MAX_VALUE,
                Long.MAX_VALUE - 1,
                SAFE + 1,
                SAFE + 2,
                -SAFE - 1,
                -SAFE - 2,
                1L << 62);
        createColumn("bigs", "INTEGER");
        writeAndRead("bigs", big, row -> 0);
        assertEquals(
                List.of("integer"),
                db().many("SELECT DISTINCT typeof(v) FROM bigs", row -> row.getString(1)),
                "Long.MIN_VALUE must not reach D1 as a JSON number (a REAL)");
        assertEquals(big, db().many("SELECT CAST(v AS TEXT) FROM bigs ORDER BY id", row -> row.getLong(1)));
        for (int i = 0; i < big.size(); i++) {
            long expected = big.get(i);
            assertEquals(1L, value("SELECT count(*) FROM bigs WHERE v = ?", row -> row.getLong(1), expected));
            if (isD1()) {
                SqlRecordException e = assertThrows(
                        SqlRecordException.class,
                        () -> value("SELECT v FROM bigs WHERE v = ?", row -> row.getLong(1), expected));
                assertTrue(e.getMessage().contains("CAST(... AS TEXT)"), e.getMessage());
            } else {
                assertEquals(expected, value("SELECT v FROM bigs WHERE v = ?", row -> row.getLong(1), expected));
            }
        }
    }

    @Test
    default void doublesRoundTripBitForBit() {
        assertRoundTrips(
                "reals",
                "REAL",
                row -> row.getDoubleOrNull(1),
                Arrays.asList(
                        0.0,
                        1.0,
                        -1.0,
                        0.1,
                        1.0 / 3,
                        Math.PI,
                        Double.MIN_VALUE,
                        -Double.MIN_VALUE,
                        Double.MIN_NORMAL,
                        Double.MAX_VALUE,
                        -Double.MAX_VALUE,
                        0x1p53 + 2,
                        1e20,
                        -1e300,
                        1e-300,
                        123456789.123456789,
                        2.2250738585072009e-308,
                        null));
        assertRoundTrips(
                "floats",
                "REAL",
                row -> (float) row.getDouble(1),
                List.of(0.1f, Float.MAX_VALUE, Float.MIN_VALUE, -3.5f));
    }

    @Test
    default void nanInfinitiesAndNegativeZeroAreRefusedOnBoth() {
        assertRefused("nan", "REAL", Double.NaN, "NaN");
        assertRefused("nan", "REAL", Float.NaN, "NaN");
        assertRefused("nan", "REAL", Double.POSITIVE_INFINITY, "Infinity");
        assertRefused("nan", "REAL", Double.NEGATIVE_INFINITY, "-Infinity");
        assertRefused("nan", "REAL", Float.POSITIVE_INFINITY, "Infinity");
        assertRefused("nan", "REAL", -0.0, "-0.0");
        assertRefused("nan", "REAL", -0.0f, "-0.0");
    }

    @Test
    default void wholeRealsBeyondTwoToThe63ReadAsNumbersEverywhere() {
        createColumn("wide", "REAL");
        writeAndRead("wide", List.of(1e20, -1e300, 0x1p64), row -> row.getDouble(1));
        assertEquals(
                List.of(1e20, -1e300, 0x1p64), db().many("SELECT v FROM wide ORDER BY id", row -> row.getObject(1)));
        assertEquals(
                List.of(new BigDecimal("1.0E+20"), new BigDecimal("-1.0E+300"), BigDecimal.valueOf(0x1p64)),
                db().many("SELECT v FROM wide ORDER BY id", row -> row.getBigDecimal(1)));
        assertEquals(
                Long.MAX_VALUE,
                value("SELECT v FROM wide WHERE id = 0", row -> row.getLong(1)),
                "clamped as SQLite does");
        assertEquals(Long.MIN_VALUE, value("SELECT v FROM wide WHERE id = 1", row -> row.getLong(1)));
    }

    @Test
    default void storedInfinityReadsAsInfinityOnSqliteAndAsNullOnD1() {
        createColumn("inf", "REAL");
        db().exec("INSERT INTO inf(id, v) VALUES (1, 9e999), (2, -9e999)");
        if (isD1()) {
            // D1's JSON has no infinity: it arrives as null, which no client can tell from NULL (a REST limit)
            assertEquals(true, value("SELECT v FROM inf WHERE id = 1", row -> row.isNull(1)));
        } else {
            assertEquals(Double.POSITIVE_INFINITY, value("SELECT v FROM inf WHERE id = 1", row -> row.getDouble(1)));
            assertEquals(Double.NEGATIVE_INFINITY, value("SELECT v FROM inf WHERE id = 2", row -> row.getDouble(1)));
            SqlRecordException e = assertThrows(
                    SqlRecordException.class,
                    () -> value("SELECT v FROM inf WHERE id = 1", row -> row.getBigDecimal(1)));
            assertTrue(e.getMessage().contains("getDouble"), e.getMessage());
        }
        assertEquals(
                List.of(1L, 2L),
                db().many("SELECT id FROM inf WHERE abs(v) > 1e308 ORDER BY id", row -> row.getLong(1)),
                "the stored value itself is an infinity on both");
    }

    @Test
    default void decimalsHeldExactlyRoundTripNumerically() {
        List<BigDecimal> exact = new ArrayList<>();
        for (String text : new String[] {
            "0",
            "12.50",
            "-0.001",
            "0.1",
            "123456789012345",
            "3.14159265358979",
            "9007199254740991",
            "-9007199254740991",
            "1E+20",
            "-1E+300",
            "1E-300",
            "1.7976931348623157E+308",
            "0.30000000000000004",
            "4.9E-324",
            "100.000"
        }) {
            exact.add(new BigDecimal(text));
        }
        for (String type : new String[] {"NUMERIC", "DECIMAL(30, 10)"}) {
            String table = type.startsWith("N") ? "numeric_exact" : "decimal_exact";
            createColumn(table, type);
            List<BigDecimal> back = writeAndRead(table, exact, row -> row.getBigDecimal(1));
            for (int i = 0; i < exact.size(); i++) {
                assertEquals(
                        0,
                        exact.get(i).compareTo(back.get(i)),
                        type + ": " + exact.get(i) + " came back " + back.get(i));
                assertEquals(
                        1L,
                        value("SELECT count(*) FROM " + table + " WHERE v = ?", row -> row.getLong(1), exact.get(i)));
            }
        }
        if (!isD1()) {
            createColumn("numeric_long", "NUMERIC");
            List<BigDecimal> longs = List.of(BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(Long.MIN_VALUE));
            assertEquals(longs, writeAndRead("numeric_long", longs, row -> row.getBigDecimal(1)));
        }
    }

    @Test
    default void decimalsThatANumericColumnWouldChangeAreRefused() {
        for (String text : new String[] {
            "123456789012345678901234.5",
            "0.12345678901234567890",
            "1E+400",
            "1E-400",
            "9223372036854775808",
            "-9223372036854775809",
            "1.00000000000000001",
            "0.1000000000000000055511151231257827"
        }) {
            assertRefused("numeric_lost", "NUMERIC", new BigDecimal(text), "NUMERIC");
        }
    }

    @Test
    default void booleansReadFromNumbersAndFromTrueFalseText() {
        assertRoundTrips("flags", "BOOLEAN", row -> row.getBooleanOrNull(1), Arrays.asList(true, false, null));
        createColumn("flag_text", "BOOLEAN");
        db().exec("INSERT INTO flag_text(id, v) VALUES (1, 'true'), (2, 'FALSE'), (3, ' True '), (4, 0.5), (5, '0.0'),"
                + " (6, '2'), (7, 'yes'), (8, x'01')");
        assertEquals(
                List.of(true, false, true, true, false, true),
                db().many("SELECT v FROM flag_text WHERE id <= 6 ORDER BY id", row -> row.getBoolean(1)));
        for (long id : new long[] {7, 8}) {
            SqlRecordException e = assertThrows(
                    SqlRecordException.class,
                    () -> value("SELECT v FROM flag_text WHERE id = ?", row -> row.getBoolean(1), id));
            assertTrue(e.getMessage().contains("not a boolean"), e.getMessage());
        }
        assertEquals(false, value("SELECT v FROM flag_text WHERE id = 2", row -> row.getBooleanOrNull(1)));
    }
}
