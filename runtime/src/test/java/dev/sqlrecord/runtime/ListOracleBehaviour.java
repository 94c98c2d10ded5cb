package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.runtime.internal.StorableValues;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A list bound as JSON answers as the same values bound one by one would: seeded random lists of
 * mixed element types (integers up to 64 bits, reals, text that looks like numbers, letters in
 * several cases, BigDecimal, booleans, dates, NULL) against columns of every affinity (and NOCASE),
 * as {@code IN}, {@code NOT IN} and as a value, checked against plain {@code IN (?, ?, ...)} on
 * SQLite through sqlite-jdbc, the oracle. On D1 the JSON form must give SQLite's answer too (D1
 * itself binds numbers as REAL, so its own {@code IN (?, ?)} would not). Seed: {@code -Dlists.seed}.
 */
interface ListOracleBehaviour extends BehaviourFixture {
    String COLUMNS = "i INTEGER, t TEXT, nc TEXT COLLATE NOCASE, r REAL, num NUMERIC, u, bl BLOB, d DATE";
    List<String> LEFT_SIDES = List.of(
            "i", "t", "nc", "r", "num", "u", "bl", "d", "t || ''", "upper(nc)", "CAST(i AS TEXT)", "nc COLLATE BINARY");
    /** Each value both as an SQL literal (for the data) and as a Java element (for the lists). */
    List<Object[]> ATOMS = List.of(
            new Object[] {"0", 0L},
            new Object[] {"1", 1L},
            new Object[] {"-1", -1},
            new Object[] {"2", (short) 2},
            new Object[] {"9007199254740993", 9007199254740993L},
            new Object[] {"9223372036854775807", Long.MAX_VALUE},
            new Object[] {"-9223372036854775808", Long.MIN_VALUE},
            new Object[] {"1.0", 1.0},
            new Object[] {"2.5", 2.5},
            new Object[] {"0.1", 0.1},
            new Object[] {"9e999", Double.MAX_VALUE},
            new Object[] {"'1'", "1"},
            new Object[] {"'01'", "01"},
            new Object[] {"'1.0'", "1.0"},
            new Object[] {"'2.50'", new BigDecimal("2.50")},
            new Object[] {"'abc'", "abc"},
            new Object[] {"'ABC'", "ABC"},
            new Object[] {"'Abc'", "Abc"},
            new Object[] {"''", ""},
            new Object[] {"' 1'", " 1"},
            new Object[] {"'it''s'", "it's"},
            new Object[] {"'é'", "é"},
            new Object[] {"'2024-05-01'", LocalDate.of(2024, 5, 1)},
            new Object[] {"1", true},
            new Object[] {"0", false},
            new Object[] {"NULL", null});

    @Test
    default void jsonListsAnswerAsListsOfBoundValues() throws SQLException {
        long seed = Long.getLong("lists.seed", 20_261_202L);
        Random random = new Random(seed);
        List<String> inserts = new ArrayList<>();
        for (int id = 1; id <= 30; id++) {
            StringBuilder row = new StringBuilder("INSERT INTO v VALUES (" + id);
            for (int c = 0; c < 8; c++) {
                row.append(", ")
                        .append(
                                random.nextInt(5) == 0
                                        ? randomDoubleLiteral(random)
                                        : (String) ATOMS.get(random.nextInt(ATOMS.size()))[0]);
            }
            inserts.add(row.append(')').toString());
        }
        db().exec("CREATE TABLE v (id INTEGER PRIMARY KEY, " + COLUMNS + ")");
        db().batch(inserts.stream().map(sql -> Statement.exec(sql)).toList());
        try (Connection oracle = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (java.sql.Statement s = oracle.createStatement()) {
                s.execute("CREATE TABLE v (id INTEGER PRIMARY KEY, " + COLUMNS + ")");
                for (String insert : inserts) {
                    s.execute(insert);
                }
            }
            int rounds = isD1() ? 60 : 400;
            for (int round = 0; round < rounds; round++) {
                String left = LEFT_SIDES.get(random.nextInt(LEFT_SIDES.size()));
                List<Object> list = randomList(random);
                if (left.equals("r")) {
                    list.removeIf(ListOracleBehaviour::isIntegerBeyondDoubles); // the documented difference
                }
                String where = "seed " + seed + ", round " + round + ", " + left + " IN " + list;
                String sql = "SELECT id, " + left + " IN (?), " + left + " NOT IN (?) FROM v ORDER BY id";
                List<String> expected = oracle(oracle, sql, list);
                List<String> actual = db().many(
                                sql,
                                row -> row.getLong(1) + ":" + row.getLongOrNull(2) + ":" + row.getLongOrNull(3),
                                list,
                                list);
                assertEquals(expected, actual, where);
                String filtered =
                        "SELECT id FROM v WHERE " + left + " IN (SELECT +value FROM json_each(?)) ORDER BY id";
                List<String> matches = db().many(filtered, row -> row.getLong(1) + ":1:0", list);
                assertEquals(expected.stream().filter(r -> r.endsWith(":1:0")).toList(), matches, where);
            }
        }
    }

    /**
     * The one difference, documented: against a REAL column SQLite converts the list's values to
     * REAL before comparing, so an integer no double holds matches its nearest double, where a
     * bound integer compares exactly. Generated code binds a REAL column's list as doubles.
     */
    @Test
    default void realColumnsCompareIntegersBeyondDoublesAsTheirNearestDouble() {
        db().exec("CREATE TABLE w (r REAL)");
        db().exec("INSERT INTO w VALUES (9007199254740992.0)");
        assertEquals(
                java.util.Optional.of(0L),
                db().one("SELECT r IN (?, 0) FROM w", row -> row.getLong(1), 9007199254740993L));
        assertEquals(
                java.util.Optional.of(1L),
                db().one("SELECT r IN (?) FROM w", row -> row.getLong(1), List.of(9007199254740993L)));
        assertEquals(
                java.util.Optional.of(0L),
                db().one("SELECT r IN (?) FROM w", row -> row.getLong(1), List.of(9007199254740993.0 + 2)));
    }

    private static boolean isIntegerBeyondDoubles(Object element) {
        return element instanceof Long l && Math.abs(l) > (1L << 53);
    }

    private static String randomDoubleLiteral(Random random) {
        double d;
        do {
            d = Double.longBitsToDouble(random.nextLong());
        } while (Double.isNaN(d) || Double.isInfinite(d));
        return Double.toString(d);
    }

    private static List<Object> randomList(Random random) {
        int size = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 4 : 160);
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (random.nextInt(10) == 0) {
                list.add(Double.parseDouble(randomDoubleLiteral(random)));
            } else if (random.nextInt(12) == 0) {
                list.add("a\u0000b");
            } else {
                list.add(ATOMS.get(random.nextInt(ATOMS.size()))[1]);
            }
        }
        return list;
    }

    /** {@code sql} with each {@code IN (?)} written out as one marker per element, bound one by one. */
    private static List<String> oracle(Connection oracle, String sql, List<Object> list) throws SQLException {
        String markers = String.join(", ", Collections.nCopies(list.size(), "?"));
        try (PreparedStatement statement = oracle.prepareStatement(sql.replace("(?)", "(" + markers + ")"))) {
            int index = 1;
            for (int use = 0; use < 2; use++) {
                for (Object element : list) {
                    bindAsStored(statement, index++, element);
                }
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + ":" + nullable(rs, 2) + ":" + nullable(rs, 3));
                }
            }
            return rows;
        }
    }

    private static String nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? "null" : Long.toString(value);
    }

    /** As the runtime stores each type when bound alone over JDBC. */
    private static void bindAsStored(PreparedStatement statement, int index, Object element) throws SQLException {
        if (element == null) {
            statement.setNull(index, Types.NULL);
        } else if (element instanceof Long || element instanceof Integer || element instanceof Short) {
            statement.setLong(index, ((Number) element).longValue());
        } else if (element instanceof Boolean b) {
            statement.setLong(index, b ? 1 : 0);
        } else if (element instanceof Double d) {
            statement.setDouble(index, d);
        } else if (element instanceof BigDecimal decimal) {
            statement.setObject(index, StorableValues.decimalStorage(decimal));
        } else {
            statement.setString(index, element.toString()); // String, LocalDate (ISO, as stored)
        }
    }
}
