package dev.sqlrecord.testing.generate;

import static dev.sqlrecord.testing.generate.GeneratorTables.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The values the generator draws, on real SQLite: of each column's declared type, NULL where allowed
 * and never where not, edge values on purpose, defaults left to apply, generated columns left alone,
 * exact row counts and a log of what went in.
 */
class RowGeneratorValuesTest {
    private static final String TYPES = "CREATE TABLE typed (id INTEGER PRIMARY KEY, i INTEGER, r REAL, t TEXT,"
            + " b BLOB, flag BOOLEAN NOT NULL, day DATE, at DATETIME, n NUMERIC, anything, must TEXT NOT NULL)";

    private static Connection database(String... ddl) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            for (String statement : ddl) {
                s.execute(statement);
            }
        }
        return db;
    }

    @Test
    void everyColumnGetsValuesOfItsDeclaredTypeOrNullWhereAllowed() throws SQLException {
        try (Connection db = database(TYPES)) {
            assertTrue(new RowGenerator(5).fillTo(db, 60).complete());
            assertEquals(
                    List.of(
                            "i:integer,null",
                            "r:null,real",
                            "t:null,text",
                            "b:blob,null",
                            "flag:integer",
                            "day:null,text",
                            "at:null,text",
                            "must:text"),
                    strings(
                            db,
                            "SELECT c || ':' || group_concat(DISTINCT k) FROM (SELECT 'i' c, typeof(i) k, 1 o FROM typed"
                                    + " UNION ALL SELECT 'r', typeof(r), 2 FROM typed UNION ALL SELECT 't', typeof(t), 3 FROM typed"
                                    + " UNION ALL SELECT 'b', typeof(b), 4 FROM typed UNION ALL SELECT 'flag', typeof(flag), 5 FROM typed"
                                    + " UNION ALL SELECT 'day', typeof(day), 6 FROM typed UNION ALL SELECT 'at', typeof(at), 7 FROM typed"
                                    + " UNION ALL SELECT 'must', typeof(must), 8 FROM typed ORDER BY o, k) GROUP BY c ORDER BY min(o)"));
            assertEquals(
                    List.of("0,1"),
                    strings(db, "SELECT group_concat(DISTINCT flag) FROM (SELECT flag FROM typed ORDER BY 1)"));
            // dates and times in SQLite's own forms, which its date functions read back unchanged
            assertEquals(
                    List.of("0"),
                    strings(db, "SELECT count(*) FROM typed WHERE date(day) IS NOT day OR datetime(at) IS NOT at"));
        }
    }

    @Test
    void edgeValuesComeUpOnPurpose() throws SQLException {
        try (Connection db = database(TYPES)) {
            new RowGenerator(9).fillTo(db, 200);
            for (String edge : List.of(
                    "i = 0",
                    "i < 0",
                    "i = 9223372036854775807",
                    "i = -9223372036854775808",
                    "r = 1e308",
                    "r = 0.0",
                    "t = ''",
                    "unicode(t) > 65535",
                    "t LIKE '%ü%'",
                    "length(b) = 0",
                    "typeof(anything) = 'blob'",
                    "typeof(anything) = 'text'",
                    "typeof(anything) = 'integer'")) {
                assertTrue(
                        Integer.parseInt(strings(db, "SELECT count(*) FROM typed WHERE " + edge)
                                        .get(0))
                                > 0,
                        "no row with " + edge);
            }
        }
    }

    @Test
    void aDefaultIsSometimesLeftToApplyAndGeneratedColumnsAreNeverWritten() throws SQLException {
        try (Connection db =
                database("CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT NOT NULL DEFAULT 'unnamed',"
                        + " created TEXT NOT NULL DEFAULT (datetime('now')), price INTEGER NOT NULL CHECK (price >= 0),"
                        + " doubled INTEGER GENERATED ALWAYS AS (price * 2) VIRTUAL,"
                        + " tag TEXT GENERATED ALWAYS AS ('#' || label) STORED)")) {
            List<InsertedRow> log = new ArrayList<>();
            assertTrue(new RowGenerator(3).onInsert(log::add).fillTo(db, 40).complete());
            assertTrue(Integer.parseInt(strings(db, "SELECT count(*) FROM items WHERE label = 'unnamed'")
                            .get(0))
                    > 0);
            assertTrue(Integer.parseInt(strings(db, "SELECT count(*) FROM items WHERE label <> 'unnamed'")
                            .get(0))
                    > 0);
            assertEquals(
                    List.of("0"),
                    strings(db, "SELECT count(*) FROM items WHERE doubled <> price * 2 OR tag <> '#' || label"));
            assertEquals(
                    List.of("id", "label", "created", "price"),
                    List.copyOf(log.get(0).values().keySet()));
            // the log holds what was stored, the default applied
            assertTrue(log.stream().anyMatch(row -> "unnamed".equals(row.get("LABEL"))));
        }
    }

    @Test
    void fillToGivesEachTableExactlyItsRowsUnlessTheSchemaHasNoRoomForMore() throws SQLException {
        try (Connection db = database(
                "CREATE TABLE pairs (a TEXT NOT NULL CHECK (a IN ('x', 'y')), b INTEGER NOT NULL CHECK (b BETWEEN 1 AND 2),"
                        + " UNIQUE (a, b))",
                "CREATE TABLE signs (id INTEGER PRIMARY KEY, n INTEGER NOT NULL CHECK (n < -10 OR n > 100))")) {
            FillResult result = new RowGenerator(1).fillTo(db, 7);
            assertEquals(Map.of("pairs", 4, "signs", 7), result.inserted());
            assertTrue(result.complete());
            assertEquals(List.of("0"), strings(db, "SELECT count(*) FROM signs WHERE n BETWEEN -10 AND 100"));
        }
    }

    @Test
    void insertRowAddsOneRowAndReturnsItAsStored() throws SQLException {
        try (Connection db = database(
                "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors(id),"
                        + " cover BLOB NOT NULL)")) {
            RowGenerator generator = new RowGenerator(4);
            assertTrue(generator.insertRow(db, "books").isEmpty(), "no author yet");
            InsertedRow author = generator.insertRow(db, "authors").orElseThrow();
            InsertedRow book = generator.insertRow(db, "BOOKS").orElseThrow();
            assertEquals("books", book.table());
            assertEquals(author.get("id"), book.get("author_id"));
            assertEquals(
                    strings(db, "SELECT hex(cover) FROM books"),
                    List.of(HexFormat.of().withUpperCase().formatHex((byte[]) book.get("cover"))));
            assertEquals(List.of("authors", "books"), RowGenerator.tablesParentsFirst(db));
        }
    }

    @Test
    void anOverrideGivesTheColumnsItNamesAndTheSameSeedGivesTheSameRows() throws SQLException {
        String query =
                "SELECT group_concat(quote(i) || quote(r) || quote(t) || quote(b) || quote(anything), ';') FROM typed";
        try (Connection first = database(TYPES);
                Connection second = database(TYPES)) {
            ValueOverride uuids =
                    (table, column) -> column.equals("must") ? "00000000-0000-0000-0000-000000000000" : null;
            new RowGenerator(42).overriding(uuids).fillTo(first, 30);
            new RowGenerator(42).overriding(uuids).fillTo(second, 30);
            assertEquals(strings(first, query), strings(second, query));
            assertEquals(
                    List.of("00000000-0000-0000-0000-000000000000"), strings(first, "SELECT DISTINCT must FROM typed"));
            assertEquals(42, new RowGenerator(42).seed());
        }
    }
}
