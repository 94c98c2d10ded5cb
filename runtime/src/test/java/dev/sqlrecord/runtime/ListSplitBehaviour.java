package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * {@code IN (?)} lists longer than D1's 100 bound parameters: split where the merged result is
 * the same, refused with the reason where not. SQLite binds them in one statement, so the results
 * must match whatever the executor does.
 */
interface ListSplitBehaviour extends BehaviourFixture {

    private void createNumbers(int count) {
        db().exec("CREATE TABLE n (id INTEGER PRIMARY KEY, parity TEXT NOT NULL)");
        db().exec("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?)"
                + " INSERT INTO n SELECT x, CASE x % 2 WHEN 0 THEN 'even' ELSE 'odd' END FROM c", count);
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().collect(Collectors.toList());
    }

    @Test
    default void manyWithALongListReturnsEveryMatchOnce() {
        createNumbers(300);
        List<Long> ids = new ArrayList<>(range(1, 250));
        ids.addAll(range(1, 50));   // repeats must not give repeated rows
        ids.add(999L);              // no such row
        List<Long> found = db().many("SELECT id FROM n WHERE parity = ? AND id IN (?)", row -> row.getLong(1),
                "even", ids);
        Collections.sort(found);
        assertEquals(range(1, 125).stream().map(i -> i * 2).collect(Collectors.toList()), found);
    }

    @Test
    default void oneAndExecWithALongList() {
        createNumbers(300);
        List<Long> oneEven = new ArrayList<>(List.of(150L));
        LongStream.rangeClosed(0, 119).forEach(i -> oneEven.add(2 * i + 1));   // 120 odd ids and one even
        assertEquals(Optional.of(150L), db().one("SELECT id FROM n WHERE id IN (?) AND parity = 'even'",
                row -> row.getLong(1), oneEven));
        List<Long> odd = range(101, 300);
        SqlRecordException twoRows = assertThrows(SqlRecordException.class,
                () -> db().one("SELECT id FROM n WHERE id IN (?)", row -> row.getLong(1), odd));
        assertTrue(twoRows.getMessage().contains("more than one row"), twoRows.getMessage());
        assertEquals(200, db().exec("UPDATE n SET parity = 'x' WHERE id IN (?)", odd));
        assertEquals(200, db().exec("DELETE FROM n WHERE n.id IN (?) AND parity = ?", odd, "x"));
        assertEquals(100L, db().one("SELECT count(*) FROM n", row -> row.getLong(1)).orElseThrow());
    }

    @Test
    default void longListsInsideABatch() {
        createNumbers(300);
        Statement<List<Long>> read = Statement.many("SELECT id FROM n WHERE id IN (?)", row -> row.getLong(1),
                range(1, 220));
        Statement<Integer> delete = Statement.exec("DELETE FROM n WHERE id IN (?)", range(1, 220));
        BatchResults results = db().batch(read, delete);
        assertEquals(220, results.get(read).size());
        assertEquals(220, results.get(delete));
    }

    @Test
    default void unsafeSplitsAreRefusedOnD1() {
        createNumbers(300);
        List<Long> ids = range(1, 150);
        String[] unsafe = {
            "SELECT id FROM n WHERE id IN (?) ORDER BY id",
            "SELECT count(*) FROM n WHERE id IN (?)",
            "SELECT DISTINCT parity FROM n WHERE id IN (?)",
            "SELECT id FROM n WHERE id NOT IN (?)",
            "SELECT id FROM n WHERE parity = 'odd' OR id IN (?)",
            "SELECT id FROM n WHERE id IN (?) LIMIT 5",
        };
        for (String sql : unsafe) {
            if (isD1()) {
                LimitExceededException e = assertThrows(LimitExceededException.class,
                        () -> db().many(sql, row -> row.getLong(1), ids), sql);
                assertTrue(e.getMessage().contains("150 values") && e.getMessage().contains("100"), e.getMessage());
            } else {
                db().many(sql, row -> row.getLong(1), ids);   // SQLite takes them in one statement
            }
        }
        String manyParams = "SELECT " + String.join(" + ", Collections.nCopies(101, "?"));
        Object[] ones = Collections.nCopies(101, (Object) 1L).toArray();
        if (isD1()) {
            LimitExceededException e = assertThrows(LimitExceededException.class,
                    () -> db().one(manyParams, row -> row.getLong(1), ones));
            assertTrue(e.getMessage().contains("at most 100 parameters"), e.getMessage());
        } else {
            assertEquals(Optional.of(101L), db().one(manyParams, row -> row.getLong(1), ones));
        }
    }
}
