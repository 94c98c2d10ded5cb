package dev.sqlrecord.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.LimitExceededException;
import dev.sqlrecord.runtime.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Which statements may be split per slice of an {@code IN (?)} list, and how. */
class InListSplitterTest {
    private static String why(String sql, Statement.Kind kind) {
        return InListSplitter.unsafeReason(InListSplitter.tokens(sql), countMarkersBefore(sql), kind);
    }

    /** The list is the last ? in these examples. */
    private static int countMarkersBefore(String sql) {
        return (int) sql.chars().filter(c -> c == '?').count() - 1;
    }

    @Test
    void safeStatements() {
        for (String sql : List.of(
                "SELECT * FROM users WHERE id IN (?)",
                "SELECT u.id, p.title FROM users u JOIN posts p ON p.author_id = u.id WHERE u.deleted_at IS NOT NULL"
                        + " AND u.id IN (?)",
                "SELECT id, (SELECT count(*) FROM posts p WHERE p.author_id = users.id) FROM users WHERE"
                        + " created BETWEEN ? AND ? AND id IN (?)",
                "SELECT * FROM (SELECT author_id, count(*) AS n FROM posts GROUP BY author_id) WHERE author_id IN (?);",
                "SELECT * FROM \"users\" WHERE \"users\".\"id\" IN (?) AND name = ?")) {
            assertNull(why(sql.replace("name = ?", "name = 'x'"), Statement.Kind.MANY), sql);
        }
        assertNull(why("UPDATE posts SET title = upper(title) WHERE author_id IN (?) RETURNING id", Statement.Kind.EXEC));
        assertNull(why("DELETE FROM posts WHERE published = 0 AND id IN (?)", Statement.Kind.EXEC));
    }

    @Test
    void unsafeStatementsSayWhy() {
        assertTrue(why("SELECT * FROM t WHERE id IN (?) ORDER BY id", Statement.Kind.MANY).contains("ORDER"));
        assertTrue(why("SELECT max(id) FROM t WHERE id IN (?)", Statement.Kind.ONE).contains("max()"));
        assertTrue(why("SELECT * FROM t WHERE id IN (?) AND a = 1 OR b = 2", Statement.Kind.MANY).contains("OR"));
        assertTrue(why("SELECT * FROM t WHERE a = 1 OR id IN (?)", Statement.Kind.MANY).contains("AND-ed"));
        assertTrue(why("SELECT * FROM t WHERE id NOT IN (?)", Statement.Kind.MANY).contains("NOT IN"));
        assertTrue(why("SELECT * FROM t WHERE NOT id IN (?)", Statement.Kind.MANY).contains("AND-ed"));
        assertTrue(why("SELECT * FROM t WHERE a BETWEEN 1 AND id IN (?)", Statement.Kind.MANY).contains("BETWEEN"));
        assertTrue(why("SELECT * FROM t WHERE id IN (SELECT x FROM u WHERE y IN (?))", Statement.Kind.MANY)
                .contains("top-level"));
        assertTrue(why("UPDATE t SET id = id + 1000 WHERE id IN (?)", Statement.Kind.EXEC).contains("assigns"));
        assertTrue(why("INSERT INTO t SELECT * FROM u WHERE id IN (?)", Statement.Kind.EXEC).contains("only"));
        assertTrue(why("WITH x AS (SELECT 1) SELECT * FROM t WHERE id IN (?)", Statement.Kind.MANY).contains("only"));
        assertTrue(why("SELECT * FROM t WHERE id IN (?)", Statement.Kind.EXEC).contains("only"));
    }

    @Test
    void slicesFitTheLimitAndDropRepeats() {
        List<Long> ids = LongStream.rangeClosed(1, 250).boxed().collect(Collectors.toList());
        ids.addAll(List.of(1L, 2L, 3L));
        var parts = InListSplitter.split("SELECT * FROM t WHERE a = ? AND id IN (?)", new Object[] {"x", ids}, 100,
                Statement.Kind.MANY);
        assertEquals(3, parts.size());
        assertEquals(List.of(100, 100, 53), parts.stream().map(p -> p.values().length).toList());
        assertEquals("x", parts.get(2).values()[0]);
        assertEquals(250L, parts.get(2).values()[52]);
        LimitExceededException e = assertThrows(LimitExceededException.class, () -> InListSplitter.split(
                "SELECT * FROM t WHERE a IN (?) AND b IN (?)", new Object[] {ids, ids}, 100, Statement.Kind.MANY));
        assertTrue(e.getMessage().contains("more than one list"), e.getMessage());
    }
}
