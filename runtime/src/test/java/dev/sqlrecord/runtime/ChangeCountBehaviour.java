package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code :exec} returns: the rows the statement itself changed, as SQLite's {@code changes()},
 * on both executors. Rows changed by a foreign-key cascade or a trigger are not counted, although
 * D1's own {@code meta.changes} counts them. {@link ChangeCountJdbcTest} runs this on SQLite,
 * {@link ChangeCountD1Test} on a real local D1.
 */
abstract class ChangeCountBehaviour {
    private Database db;

    /** A database with no tables. */
    abstract Database open();

    @BeforeEach
    void createSchema() {
        db = open();
        db.batch(
                Statement.exec("CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"),
                Statement.exec("CREATE TABLE comments (id INTEGER PRIMARY KEY,"
                        + " post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE, body TEXT)"),
                Statement.exec("CREATE TABLE audit (id INTEGER PRIMARY KEY, note TEXT)"),
                // two audit rows per renamed post, so a count that included trigger rows would be off by far
                Statement.exec("CREATE TRIGGER posts_renamed AFTER UPDATE OF title ON posts BEGIN"
                        + " INSERT INTO audit(note) VALUES ('old: ' || old.title);"
                        + " INSERT INTO audit(note) VALUES ('new: ' || new.title); END"),
                Statement.exec("INSERT INTO posts(id, title) VALUES (1, 'one'), (2, 'two'), (3, 'three')"),
                Statement.exec("INSERT INTO comments(post_id, body) VALUES (1, 'a'), (1, 'b'), (1, 'c'), (1, 'd'),"
                        + " (2, 'e')"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long count(String table) {
        return db.one("SELECT count(*) FROM " + table, row -> row.getLong(1)).orElseThrow();
    }

    @Test
    void aDeleteCountsItsOwnRowsNotTheCascadedOnes() {
        assertEquals(1, db.exec("DELETE FROM posts WHERE id = ?", 1));
        assertEquals(1, count("comments"), "the 4 comments of post 1 went with it");
    }

    @Test
    void anUpdateCountsItsOwnRowsNotThoseItsTriggerWrote() {
        assertEquals(2, db.exec("UPDATE posts SET title = upper(title) WHERE id >= ?", 2));
        assertEquals(4, count("audit"), "the trigger wrote 2 rows per post");
        assertEquals(0, db.exec("UPDATE posts SET title = 'x' WHERE id = ?", 99));
    }

    @Test
    void execResultCountsOwnRowsAndKeepsItsOwnRowId() {
        db.exec("CREATE TRIGGER comment_added AFTER INSERT ON comments BEGIN"
                + " INSERT INTO audit(note) VALUES ('comment ' || new.id); END");
        ExecResult added = db.execResult("INSERT INTO comments(post_id, body) VALUES (?, ?)", 3, "f");
        assertEquals(new ExecResult(1, 6), added);
        assertEquals(1, count("audit"));
    }

    @Test
    void eachStatementOfABatchCountsItsOwnRows() {
        Statement<Integer> delete = Statement.exec("DELETE FROM posts WHERE id IN (1, 2)");
        Statement<Integer> rename = Statement.exec("UPDATE posts SET title = ? WHERE id = ?", "THREE", 3);
        Statement<ExecResult> insert = Statement.execResult("INSERT INTO posts(title) VALUES (?)", "four");
        Statement<Integer> none = Statement.exec("DELETE FROM comments WHERE post_id = ?", 1);
        BatchResults results = db.batch(delete, rename, insert, none);
        assertEquals(List.of(2, 1, new ExecResult(1, 4), 0), results.asList());
        assertEquals(0, count("comments"), "the cascade ran: posts 1 and 2 took their 5 comments");
        assertEquals(2, count("audit"));
    }

    @Test
    void aStatementThatChangesNoRowsCountsZeroEvenAfterOneThatDid() {
        assertEquals(3, db.exec("UPDATE posts SET title = title || '!'"));
        assertEquals(0, db.exec("CREATE INDEX posts_title ON posts (title)"), "changes() still says 3 here");
        Statement<Integer> delete = Statement.exec("DELETE FROM comments WHERE post_id = ?", 1);
        Statement<List<Long>> written =
                Statement.many("INSERT INTO audit(note) VALUES ('a'), ('b') RETURNING id", row -> row.getLong(1));
        Statement<Integer> ddl = Statement.exec("DROP INDEX posts_title");
        Statement<Integer> rename = Statement.exec("UPDATE posts SET title = 'x' WHERE id = 3");
        BatchResults results = db.batch(delete, written, ddl, rename);
        assertEquals(List.of(4, List.of(7L, 8L), 0, 1), results.asList());
    }
}
