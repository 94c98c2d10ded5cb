package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code IN (?)} with collections, run by SQLite. */
class CollectionParametersJdbcTest {
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite::memory:");
        db.exec("CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT)");
        for (long id = 1; id <= 5; id++) {
            db.exec("INSERT INTO items VALUES (?, ?)", id, "item?" + id);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> ids(String sql, Object... params) {
        return db.many(sql, row -> row.getLong(1), params);
    }

    @Test
    void listOfIds() {
        assertEquals(List.of(2L, 4L), ids("SELECT id FROM items WHERE id IN (?) ORDER BY id", List.of(4L, 2L, 9L)));
    }

    @Test
    void emptyListMatchesNothing() {
        assertEquals(List.of(), ids("SELECT id FROM items WHERE id IN (?)", List.of()));
        assertEquals(
                List.of(1L, 2L, 3L, 4L, 5L), ids("SELECT id FROM items WHERE id NOT IN (?) ORDER BY id", List.of()));
    }

    @Test
    void markersInLiteralsAndCommentsAreNotCounted() {
        assertEquals(
                List.of(3L),
                ids(
                        "SELECT id FROM items -- pick ? ids\n"
                                + "WHERE label LIKE 'item?%' /* ? */ AND id IN (?) AND label <> '?'",
                        Set.of(3L)));
        assertEquals(
                Optional.of("item?5"),
                db.one(
                        "SELECT \"label\" FROM items WHERE id IN (?) AND label = ?",
                        row -> row.getString(1),
                        List.of(5),
                        "item?5"));
    }

    @Test
    void collectionsWorkWithExecAndExecResult() {
        assertEquals(2, db.exec("UPDATE items SET label = ? WHERE id IN (?)", "x", new TreeSet<>(List.of(1L, 2L))));
        assertEquals(new ExecResult(3, 5), db.execResult("DELETE FROM items WHERE id IN (?)", List.of(3, 4, 5)));
        assertEquals(List.of("x", "x"), db.many("SELECT label FROM items", row -> row.getString(1)));
    }

    @Test
    void largeListsAndChangingSizesReuseNothingWrongly() {
        List<Long> all = LongStream.rangeClosed(1, 500).boxed().collect(Collectors.toList());
        assertEquals(5, ids("SELECT id FROM items WHERE id IN (?)", all).size());
        for (int size = 0; size <= 5; size++) {
            assertEquals(
                    size,
                    ids("SELECT id FROM items WHERE id IN (?)", all.subList(0, size))
                            .size());
        }
    }
}
