package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Database#withQueryComments()}: a generated query's SQL goes out with one trailing
 * sqlcommenter comment naming it, and still runs as before, alone, in a batch, with a list
 * parameter; SQL written by hand goes out as it is. {@link QueryCommentJdbcTest} runs it on
 * SQLite, {@link QueryCommentD1Test} on a real local D1.
 */
abstract class QueryCommentBehaviour {
    private static final Query ADD = Query.of("addNote", "queries/notes.sql", 3, "INSERT INTO notes (body) VALUES (?)");
    private static final Query BY_IDS = Query.of(
            "notesByIds",
            "queries/notes.sql",
            6,
            "SELECT body FROM notes WHERE id IN (SELECT +value FROM json_each(?)) ORDER BY id");
    /** A name and file that would end the comment or its quoted value if they were not encoded. */
    private static final Query AWKWARD =
            Query.of("it's */ odd", "my queries/a'b.sql", 12, "SELECT count(*) FROM notes");

    private Database plain;
    private final RecordingListener sent = new RecordingListener();
    private Database db;

    abstract Database open();

    @BeforeEach
    void createSchema() {
        plain = open();
        plain.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
        db = plain.withQueryComments().withListener(sent);
    }

    @AfterEach
    void close() {
        plain.close();
    }

    @Test
    void generatedQueriesGoOutNamedAndStillRun() {
        assertEquals(1, db.exec(ADD, "a"));
        db.batch(Statement.exec(ADD, "b"), Statement.execResult(ADD, "c"));
        assertEquals(List.of("a", "c"), db.many(BY_IDS, row -> row.getString(1), List.of(1L, 3L)));

        List<String> sql = sent.after().stream().map(StatementEvent::sql).toList();
        String addComment = " /* name='addNote',file='queries%2Fnotes.sql%3A3' */";
        assertEquals(
                List.of(
                        ADD.sql() + addComment,
                        ADD.sql() + addComment,
                        ADD.sql() + addComment,
                        BY_IDS.sql() + " /* name='notesByIds',file='queries%2Fnotes.sql%3A6' */"),
                sql);
    }

    @Test
    void quotesAndCommentEndsInTheNameAreEncoded() {
        db.exec(ADD, "x");
        assertEquals(Long.valueOf(1), db.single(AWKWARD, row -> row.getLong(1)));
        String sql = sent.after().get(1).sql();
        assertEquals(
                "SELECT count(*) FROM notes /* name='it%27s%20*%2F%20odd',file='my%20queries%2Fa%27b.sql%3A12' */",
                sql);
        assertTrue(sql.indexOf("*/") == sql.length() - 2, "one comment, closed at the very end");
    }

    @Test
    void handWrittenSqlAndTheDefaultSendNoComment() {
        db.exec("INSERT INTO notes (body) VALUES ('plain')");
        plain.withListener(sent).exec(ADD, "no comment by default");
        assertEquals(Optional.of("plain"), db.first("SELECT body FROM notes WHERE id = 1", row -> row.getString(1)));
        List<String> sql = sent.after().stream().map(StatementEvent::sql).toList();
        assertEquals(
                List.of("INSERT INTO notes (body) VALUES ('plain')", ADD.sql(), "SELECT body FROM notes WHERE id = 1"),
                sql);
    }
}
