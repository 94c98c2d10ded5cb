package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A list form that does not fit in one D1 request is refused before anything is sent, on the
 * REST API (limits set in the config) and through the gateway (its own default of 100 statements).
 */
@Tag("d1")
@ExtendWith({LocalD1.class, LocalGateway.class})
class ListFormLimitsD1Test {
    private static final String INSERT = "INSERT INTO l (x) VALUES (?)";

    private static List<Object[]> rows(int n, String value) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {value + i});
        }
        return rows;
    }

    private static long count(Database db) {
        return db.single("SELECT count(*) FROM l", row -> row.getLong(1));
    }

    @Test
    void theGatewaysStatementLimitRefusesTheWholeListBeforeSending() {
        Database db = LocalGateway.get().freshDatabase();
        db.exec("CREATE TABLE l (x TEXT)");
        RecordingListener recorder = new RecordingListener();
        LimitExceededException e = assertThrows(
                LimitExceededException.class, () -> db.withListener(recorder).execEach(INSERT, rows(101, "x")));
        assertTrue(e.getMessage().contains("101 elements are 101 statements in one D1 request"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was sent"), e.getMessage());
        assertEquals(0L, count(db));
        int[] ones = new int[100];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, db.execEach(INSERT, rows(100, "x")));
        assertEquals(100L, count(db));
    }

    @Test
    void restLimitsCountTheReadsOfOwnChangesAndTheBodysBytes() {
        LocalD1.get().freshDatabase().exec("CREATE TABLE l (x TEXT)");
        Database few = Database.d1(LocalD1.get().config().withRequestLimits(10, Long.MAX_VALUE - 1));
        LimitExceededException e = assertThrows(LimitExceededException.class, () -> few.execEach(INSERT, rows(5, "x")));
        // each change is sent between reads of total_changes(): 5 elements are 11 statements
        assertTrue(e.getMessage().contains("5 elements are 11 statements"), e.getMessage());
        assertArrayEquals(new int[] {1, 1, 1, 1}, few.execEach(INSERT, rows(4, "x")));

        Database small = Database.d1(LocalD1.get().config().withRequestLimits(1000, 2_000));
        LimitExceededException large =
                assertThrows(LimitExceededException.class, () -> small.execEach(INSERT, rows(10, "y".repeat(300))));
        assertTrue(large.getMessage().contains("bytes of JSON in one D1 request"), large.getMessage());
        assertEquals(4L, count(few));
    }
}
