package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FlatJoin} on rows SQLite really returns: a record missing when all its columns are NULL,
 * an error when only some are, and folding by key in first-row order with empty lists.
 */
class FlatJoinJdbcTest {
    private record Child(long id) {}

    private record Parent(long id, List<Child> children) {}

    private static final int[] COLUMNS = {2, 3};
    private static final int[] REQUIRED = {2};

    @Test
    void aRecordIsMissingWhenAllItsColumnsAreNullAndAnErrorWhenOnlySomeAre() {
        try (Database db = Database.open("jdbc:sqlite::memory:")) {
            List<Boolean> present = db.many(
                    "SELECT 1, 7, 'x' UNION ALL SELECT 2, NULL, NULL ORDER BY 1",
                    row -> FlatJoin.present(row, "q", "child", COLUMNS, REQUIRED));
            assertEquals(List.of(true, false), present);
            SqlRecordException partly = assertThrows(
                    SqlRecordException.class,
                    () -> db.many(
                            "SELECT 1, NULL, 'x'", row -> FlatJoin.present(row, "q", "child", COLUMNS, REQUIRED)));
            assertTrue(
                    partly.getMessage().contains("query q: the record of component child is partly NULL"),
                    partly.getMessage());
        }
    }

    @Test
    void foldsByKeyInFirstRowOrderWithEmptyListsAloneAndInABatch() {
        try (Database db = Database.open("jdbc:sqlite::memory:")) {
            String sql = "SELECT * FROM (VALUES (2, 20), (1, NULL), (2, 21), (3, 30)) ";
            RowMapper<FlatJoin.Folded<Parent, Child>> mapper = row -> {
                long id = row.getLong(1);
                Child child = row.isNull(2) ? null : new Child(row.getLong(2));
                return new FlatJoin.Folded<>(List.of(row.getObject(1)), children -> new Parent(id, children), child);
            };
            List<Parent> expected = List.of(
                    new Parent(2, List.of(new Child(20), new Child(21))),
                    new Parent(1, List.of()),
                    new Parent(3, List.of(new Child(30))));
            assertEquals(expected, FlatJoin.fold(db.many(sql, mapper)));
            Statement<List<Parent>> folded = Statement.folded(Query.of("fold", "test.sql", 1, sql), mapper);
            assertEquals(expected, db.run(folded));
            assertEquals(expected, db.batch(folded).get(folded));
        }
    }
}
