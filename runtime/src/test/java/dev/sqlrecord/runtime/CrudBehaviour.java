package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The four query kinds, as generated code calls them. */
interface CrudBehaviour extends BehaviourFixture {
    record User(long id, String email, String name) {}

    RowMapper<User> USER = row -> new User(row.getLong(1), row.getString(2), row.getString(3));

    @Test
    default void createReadUpdateDelete() {
        createBlogSchema();
        assertEquals(
                new ExecResult(1, 1), db().execResult("INSERT INTO users(email, name) VALUES (?, ?)", "ada@x", "Ada"));
        assertEquals(
                new ExecResult(1, 2), db().execResult("INSERT INTO users(email, name) VALUES (?, ?)", "bob@x", null));
        assertEquals(
                Optional.of(new User(1, "ada@x", "Ada")),
                db().one("SELECT id, email, name FROM users WHERE email = ?", USER, "ada@x"));
        assertEquals(
                List.of(new User(1, "ada@x", "Ada"), new User(2, "bob@x", null)),
                db().many("SELECT id, email, name FROM users ORDER BY id", USER));
        assertEquals(1, db().exec("UPDATE users SET name = ? WHERE id = ?", "Bob", 2L));
        assertEquals(2, db().exec("UPDATE users SET name = upper(name)"));
        assertEquals(0, db().exec("DELETE FROM users WHERE id = ?", 99));
        assertEquals(1, db().exec("DELETE FROM users WHERE id = ?", 1));
        assertEquals(List.of(new User(2, "bob@x", "BOB")), db().many("SELECT id, email, name FROM users", USER));
    }

    @Test
    default void oneWithZeroOneAndTwoRows() {
        createBlogSchema();
        db().exec("INSERT INTO users(email) VALUES ('a@x'), ('b@x')");
        assertEquals(Optional.empty(), db().one("SELECT id FROM users WHERE email = ?", row -> row.getLong(1), "none"));
        assertEquals(Optional.of(1L), db().one("SELECT id FROM users WHERE email = ?", row -> row.getLong(1), "a@x"));
        SqlRecordException e = assertThrows(
                SqlRecordException.class, () -> db().one("SELECT id FROM users ORDER BY id", row -> row.getLong(1)));
        assertTrue(e.getMessage().contains("more than one row"), e.getMessage());
    }

    @Test
    default void singleReturnsTheRowItselfAndFailsLoudlyOnNone() {
        createBlogSchema();
        db().exec("INSERT INTO users(email) VALUES ('a@x'), ('b@x')");
        assertEquals(
                Long.valueOf(2L),
                db().single("SELECT count(*) FROM users WHERE email LIKE ?", row -> row.getLong(1), "%@x"));
        assertEquals(
                new User(3, "c@x", "Cy"),
                db().single(
                                "INSERT INTO users(email, name) VALUES (?, ?) RETURNING id, email, name",
                                USER,
                                "c@x",
                                "Cy"));
        // a wrong proof: the statement returned no row where the check said one always comes
        SqlRecordException e = assertThrows(
                SqlRecordException.class,
                () -> db().single("SELECT id FROM users WHERE email = ?", row -> row.getLong(1), "none"));
        assertTrue(e.getMessage().contains("returned no row"), e.getMessage());
        assertTrue(e.getMessage().contains("checker"), e.getMessage());
    }

    @Test
    default void firstReadsOnlyTheFirstRow() {
        createBlogSchema();
        db().exec("INSERT INTO users(email) VALUES ('a@x'), ('b@x')");
        assertEquals(
                Optional.empty(), db().first("SELECT id FROM users WHERE email = ?", row -> row.getLong(1), "none"));
        assertEquals(Optional.of(2L), db().first("SELECT id FROM users WHERE id = ?", row -> row.getLong(1), 2L));
        // for a query that was not proven to return one row, first() is "the first row", not an error
        assertEquals(Optional.of(1L), db().first("SELECT id FROM users ORDER BY id", row -> row.getLong(1)));
        assertEquals(
                Optional.of(2L),
                db().first("SELECT id FROM users WHERE id IN (?) ORDER BY id", row -> row.getLong(1), List.of(2L, 3L)));
    }

    @Test
    default void duplicateAndNumericColumnNamesKeepTheirPlace() {
        createBlogSchema();
        db().exec("INSERT INTO users(id, email) VALUES (7, 'a@x')");
        db().exec("INSERT INTO posts(id, author_id, title) VALUES (3, 7, 'Hello')");
        assertEquals(
                List.of("3|7|Hello|1"),
                db().many(
                                "SELECT p.id, u.id, p.title, 1 AS \"1\" FROM posts p JOIN users u ON u.id = p.author_id",
                                row -> row.getLong(1) + "|" + row.getLong(2) + "|" + row.getString(3) + "|"
                                        + row.getLong(4)));
    }

    @Test
    default void returningRowsFromAWrite() {
        createBlogSchema();
        assertEquals(
                Optional.of(1L),
                db().one("INSERT INTO users(email) VALUES (?) RETURNING id", row -> row.getLong(1), "a@x"));
        assertEquals(1, db().exec("UPDATE users SET name = 'A' WHERE id = 1 RETURNING id"));
    }

    @Test
    default void ddlChangesNoRowsAndCollectionsExpand() {
        assertEquals(0, db().exec("CREATE TABLE t (x INTEGER)"));
        db().exec("INSERT INTO t VALUES (1), (2), (3), (4)");
        assertEquals(
                List.of(2L, 4L),
                db().many("SELECT x FROM t WHERE x IN (?) ORDER BY x", row -> row.getLong(1), List.of(2L, 4L, 9L)));
        assertEquals(List.of(), db().many("SELECT x FROM t WHERE x IN (?)", row -> row.getLong(1), List.of()));
    }

    @Test
    default void streamsRows() {
        db().exec("CREATE TABLE t (x INTEGER)");
        db().exec("INSERT INTO t VALUES (1), (2), (3)");
        try (Stream<Long> rows = db().stream("SELECT x FROM t WHERE x >= ? ORDER BY x", row -> row.getLong(1), 2)) {
            assertEquals(List.of(2L, 3L), rows.collect(Collectors.toList()));
        }
        try (Stream<Long> rows = db().stream("SELECT x FROM t ORDER BY x", row -> row.getLong(1))) {
            assertEquals(Optional.of(1L), rows.findFirst()); // closed before the end: resources released
        }
        assertEquals(3, db().many("SELECT x FROM t", row -> row.getLong(1)).size());
    }

    @Test
    default void runsStatementValues() {
        db().exec("CREATE TABLE t (x INTEGER)");
        Statement<Integer> insert = Statement.exec("INSERT INTO t VALUES (?), (?)", 1, 2);
        assertEquals(2, db().run(insert));
        assertEquals(List.of(1L, 2L), db().run(Statement.many("SELECT x FROM t ORDER BY x", row -> row.getLong(1))));
        assertEquals(new ExecResult(1, 3), db().run(Statement.execResult("INSERT INTO t(rowid, x) VALUES (3, 3)")));
        assertTrue(insert.toString().contains("2 parameters"), insert.toString());
    }
}
