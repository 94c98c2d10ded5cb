package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Collection parameters of any length, in one statement, on both executors: the hand-written
 * {@code IN (?)} and the form the checker generates, {@code IN (SELECT +value FROM json_each(?))},
 * with lists of 0, 1, 150 and 1500 elements under ORDER BY, LIMIT, GROUP BY, aggregates, NOT IN,
 * {@code :one}, {@code :exec} and batches. Expected values are computed in Java from the data.
 */
interface ListBehaviour extends BehaviourFixture {
    String GENERATED_IN = "IN (SELECT +value FROM json_each(?))";
    int ROWS = 2000;

    private void createNumbers() {
        db().exec("CREATE TABLE n (id INTEGER PRIMARY KEY, parity TEXT NOT NULL, tens INTEGER NOT NULL)");
        db().exec(
                        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) INSERT INTO n"
                                + " SELECT x, CASE x % 2 WHEN 0 THEN 'even' ELSE 'odd' END, x / 10 FROM c",
                        ROWS);
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().collect(Collectors.toList());
    }

    /** Descending ids with repeats and ids of no row: 0, 1, 150 or 1500 elements. */
    private static List<List<Long>> lists() {
        List<Long> many = new ArrayList<>();
        for (long i = 1500; i >= 1; i--) {
            many.add(i % 7 == 0 ? 5000 + i : i % 11 == 0 ? i + 1 : i); // some missing, some repeated
        }
        return List.of(List.of(), List.of(42L), many.subList(0, 150), many);
    }

    private static List<Long> sortedDistinctExisting(List<Long> ids) {
        return ids.stream().filter(i -> i >= 1 && i <= ROWS).distinct().sorted().collect(Collectors.toList());
    }

    @Test
    default void orderByLimitAndNotInSeeEveryElement() {
        createNumbers();
        for (String in : List.of("IN (?)", GENERATED_IN)) {
            for (List<Long> ids : lists()) {
                List<Long> expected = sortedDistinctExisting(ids);
                String where = "WHERE id " + in;
                assertEquals(expected, ids("SELECT id FROM n " + where + " ORDER BY id", ids), in);
                assertEquals(
                        expected.subList(0, Math.min(3, expected.size())),
                        ids("SELECT id FROM n " + where + " ORDER BY id LIMIT 3", ids),
                        in);
                List<Long> descending = new ArrayList<>(expected);
                descending.sort((a, b) -> Long.compare(b, a));
                assertEquals(
                        descending.subList(0, Math.min(5, descending.size())),
                        ids("SELECT id FROM n " + where + " ORDER BY id DESC LIMIT 5 OFFSET 0", ids),
                        in);
                List<Long> rest = range(1, ROWS);
                rest.removeAll(expected);
                assertEquals(rest, ids("SELECT id FROM n WHERE id NOT " + in + " ORDER BY id", ids), in);
            }
        }
    }

    @Test
    default void aggregatesAndGroupByOverTheWholeList() {
        createNumbers();
        for (String in : List.of("IN (?)", GENERATED_IN)) {
            for (List<Long> ids : lists()) {
                List<Long> hit = sortedDistinctExisting(ids);
                long sum = hit.stream().mapToLong(Long::longValue).sum();
                assertEquals(
                        List.of((long) hit.size(), sum),
                        db().one(
                                        "SELECT count(*), total(id) FROM n WHERE id " + in,
                                        row -> List.of(row.getLong(1), row.getLong(2)),
                                        ids)
                                .orElseThrow(),
                        in);
                long evens = hit.stream().filter(i -> i % 2 == 0).count();
                List<String> groups = db().many(
                                "SELECT parity, count(*) FROM n WHERE id " + in
                                        + " GROUP BY parity HAVING count(*) > 0 ORDER BY parity",
                                row -> row.getString(1) + "=" + row.getLong(2),
                                ids);
                List<String> expected = new ArrayList<>();
                if (evens > 0) {
                    expected.add("even=" + evens);
                }
                if (hit.size() - evens > 0) {
                    expected.add("odd=" + (hit.size() - evens));
                }
                assertEquals(expected, groups, in);
                assertEquals(
                        hit.stream().map(i -> i / 10).distinct().count(),
                        (long) db().one("SELECT count(DISTINCT tens) FROM n WHERE id " + in, row -> row.getLong(1), ids)
                                .orElseThrow(),
                        in);
            }
        }
    }

    @Test
    default void oneExecAndBatchWithLongLists() {
        createNumbers();
        List<Long> oneEven = new ArrayList<>(List.of(150L));
        LongStream.rangeClosed(0, 119).forEach(i -> oneEven.add(2 * i + 1)); // 120 odd ids and one even
        assertEquals(
                Optional.of(150L),
                db().one("SELECT id FROM n WHERE id IN (?) AND parity = 'even'", row -> row.getLong(1), oneEven));
        assertEquals(
                Optional.of(1L),
                db().first(
                                "SELECT id FROM n WHERE id " + GENERATED_IN + " ORDER BY id",
                                row -> row.getLong(1),
                                oneEven));
        SqlRecordException twoRows = assertThrows(
                SqlRecordException.class,
                () -> db().one("SELECT id FROM n WHERE id IN (?)", row -> row.getLong(1), range(101, 300)));
        assertTrue(twoRows.getMessage().contains("more than one row"), twoRows.getMessage());
        assertEquals(200, db().exec("UPDATE n SET parity = 'x' WHERE id IN (?)", range(101, 300)));
        assertEquals(
                200, db().exec("DELETE FROM n WHERE n.id " + GENERATED_IN + " AND parity = ?", range(1, 400), "x"));
        assertEquals(
                0, db().execResult("DELETE FROM n WHERE id IN (?)", List.of()).rowsChanged());
        Statement<List<Long>> read = Statement.many(
                "SELECT id FROM n WHERE id IN (?) ORDER BY id DESC LIMIT 2", row -> row.getLong(1), range(1, 220));
        Statement<Integer> delete = Statement.exec("DELETE FROM n WHERE id IN (?)", range(1, 220));
        BatchResults results = db().batch(read, delete);
        assertEquals(List.of(100L, 99L), results.get(read)); // 101..300 were deleted above
        assertEquals(100, results.get(delete));
        try (var stream =
                db().stream("SELECT id FROM n WHERE id IN (?) ORDER BY id", row -> row.getLong(1), range(1, 1000))) {
            assertEquals(range(301, 1000), stream.collect(Collectors.toList()));
        }
    }

    @Test
    default void nullElementsAndEmptyListsAnswerAsAListOfValuesWould() {
        List<Long> withNull = Arrays.asList(1L, null);
        Optional<List<Long>> row = db().one(
                        "SELECT 1 IN (?), 2 IN (?), 2 NOT IN (?), NULL IN (?), NULL NOT IN (?)," + " NULL IN (?)",
                        r -> Arrays.asList(
                                r.getLongOrNull(1),
                                r.getLongOrNull(2),
                                r.getLongOrNull(3),
                                r.getLongOrNull(4),
                                r.getLongOrNull(5),
                                r.getLongOrNull(6)),
                        withNull,
                        withNull,
                        withNull,
                        List.of(),
                        List.of(),
                        List.of(3L));
        assertEquals(Arrays.asList(1L, null, null, 0L, 1L, null), row.orElseThrow());
    }

    @Test
    default void integersBeyondDoublesMatchExactly() {
        db().exec("CREATE TABLE big (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)");
        db().exec("INSERT INTO big VALUES (1, 9007199254740993), (2, 9223372036854775807), (3, -9223372036854775808)");
        assertEquals(
                List.of(1L), ids("SELECT id FROM big WHERE v IN (?)", List.of(9007199254740992L, 9007199254740993L)));
        assertEquals(
                List.of(2L, 3L),
                ids(
                        "SELECT id FROM big WHERE v IN (?) ORDER BY id",
                        List.of(Long.MAX_VALUE, Long.MIN_VALUE, 9223372036854775806L)));
        assertEquals(List.of(), ids("SELECT id FROM big WHERE v IN (?)", List.of(9.223372036854775807E18)));
    }

    @Test
    default void aCollectionOutsideAnInListIsRefused() {
        SqlRecordException e = assertThrows(
                SqlRecordException.class, () -> db().one("SELECT ? = 1", row -> row.getLong(1), List.of(1L)));
        assertTrue(e.getMessage().contains("binds only as"), e.getMessage());
    }

    /** A generated enum's shape: constants stored as their {@link SqlValue}. */
    enum ItemStatus {
        @SqlValue("new")
        NEW,
        @SqlValue("done")
        DONE
    }

    /**
     * The statements the checker generates for its case {@code in_list_json}, called as the
     * generated methods call them: enum, date and BigDecimal lists, NOT IN with GROUP BY, a
     * NOCASE column, and one list bound twice.
     */
    @Test
    default void generatedInListStatements() {
        db().exec("CREATE TABLE items (id INTEGER PRIMARY KEY, code TEXT NOT NULL COLLATE NOCASE, status TEXT NOT NULL"
                + " CHECK (status IN ('new', 'done')), due DATE, price REAL NOT NULL, amount NUMERIC NOT NULL)");
        db().exec("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300) INSERT INTO items"
                + " SELECT x, 'Code' || x, CASE WHEN x % 3 = 0 THEN 'done' ELSE 'new' END, date('2024-01-01',"
                + " '+' || (x % 10) || ' days'), x * 0.5, (x % 4) * 1.25 FROM c");
        List<String> codes = new ArrayList<>();
        for (int x = 300; x >= 1; x -= 2) {
            codes.add("CODE" + x); // NOCASE: matches 'Code<x>'
        }
        assertEquals(
                List.of(2L, 4L, 6L),
                db().many(
                                "SELECT id, code FROM items WHERE code IN (SELECT +value FROM"
                                        + " json_each(?)) ORDER BY id LIMIT ?",
                                row -> row.getLong(1),
                                codes,
                                3L));
        assertEquals(
                List.of("new=200:" + (45150 - 15150) * 0.5),
                db().many(
                                "SELECT status, count(*) AS items,"
                                        + " total(price) AS price FROM items\nWHERE status NOT IN (SELECT +value FROM json_each(?)) GROUP BY"
                                        + " status ORDER BY status",
                                row -> row.getString(1) + "=" + row.getLong(2) + ":" + row.getDouble(3),
                                List.of(ItemStatus.DONE)));
        List<java.time.LocalDate> days =
                List.of(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 1, 4));
        List<java.math.BigDecimal> amounts = List.of(new java.math.BigDecimal("0"), new java.math.BigDecimal("2.50"));
        long expected = LongStream.rangeClosed(1, 300)
                .filter(x -> (x % 10 == 0 || x % 10 == 3) && (x % 4 == 0 || x % 4 == 2))
                .count();
        assertEquals(
                Optional.of(expected),
                db().first(
                                "SELECT count(*) FROM items WHERE due IN (SELECT +value FROM"
                                        + " json_each(?)) AND amount IN (SELECT +value FROM json_each(?))",
                                row -> row.getLong(1),
                                days,
                                amounts));
        List<Long> ids = range(1, 150);
        assertEquals(
                150,
                db().exec(
                                "UPDATE items SET price = ? WHERE id IN (SELECT +value FROM json_each(?)) OR id IN"
                                        + " (SELECT +value FROM json_each(?))",
                                9.5,
                                ids,
                                ids));
    }

    private List<Long> ids(String sql, Object... params) {
        return db().many(sql, row -> row.getLong(1), params);
    }
}
