package dev.sqlrecord.testing.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator on real SQLite: every constraint kind it must satisfy, with SQLite enforcing them. */
class RowGeneratorTest {
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

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void fillsTablesWhoseChecksAnOrdinaryValueWouldFail() throws SQLException {
        try (Connection db = database(
                "CREATE TABLE posts (id INTEGER PRIMARY KEY, status TEXT NOT NULL,"
                        + " CONSTRAINT posts_status CHECK(\"posts\".\"status\" IN ('draft', 'live')))",
                "CREATE TABLE scores (id INTEGER PRIMARY KEY, score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),"
                        + " ratio REAL CHECK (ratio >= 0.25 AND ratio < 1), year INTEGER CHECK (2000 <= year))",
                "CREATE TABLE codes (code TEXT PRIMARY KEY CHECK (length(code) = 6),"
                        + " sku TEXT NOT NULL UNIQUE CHECK (sku GLOB 'SKU-[0-9][0-9]-*'),"
                        + " mail TEXT CHECK (mail LIKE '%@%.com'), note TEXT CHECK (length(note) BETWEEN 12 AND 14))")) {
            FillResult result = new RowGenerator(1).fill(db, 3);
            assertTrue(result.complete(), result.unfilled().toString());
            assertEquals(Map.of("posts", 6, "scores", 6, "codes", 6), result.inserted());
            assertEquals(List.of("draft", "live"), rows(db, "SELECT DISTINCT status FROM posts ORDER BY 1"));
            assertEquals(
                    List.of(),
                    rows(
                            db,
                            "SELECT sku FROM codes WHERE sku NOT GLOB 'SKU-[0-9][0-9]-*'"
                                    + " OR length(code) <> 6 OR length(note) NOT BETWEEN 12 AND 14"));
        }
    }

    @Test
    void keepsUniqueAndCompositeUniqueKeysAndForeignKeysIncludingSelfReferencesAndCycles() throws SQLException {
        try (Connection db = database(
                "CREATE TABLE employees (id INTEGER PRIMARY KEY, boss_id INTEGER NOT NULL REFERENCES employees(id),"
                        + " email TEXT NOT NULL UNIQUE)",
                "CREATE TABLE memberships (team TEXT NOT NULL, member INTEGER NOT NULL REFERENCES employees(id),"
                        + " role TEXT NOT NULL CHECK (role IN ('lead', 'dev', 'qa')), PRIMARY KEY (team, member),"
                        + " UNIQUE (team, role))",
                "CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b(id))",
                "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES a(id))",
                "CREATE TABLE line_items (order_no INTEGER NOT NULL, line INTEGER NOT NULL, qty INTEGER CHECK (qty > 0),"
                        + " PRIMARY KEY (order_no, line)) WITHOUT ROWID",
                "CREATE TABLE shipments (id INTEGER PRIMARY KEY, order_no INTEGER NOT NULL, line INTEGER NOT NULL,"
                        + " FOREIGN KEY (order_no, line) REFERENCES line_items(order_no, line) ON DELETE CASCADE)")) {
            FillResult result = new RowGenerator(7).fill(db, 3);
            assertTrue(result.complete(), result.unfilled().toString());
            for (String table : List.of("employees", "memberships", "a", "b", "line_items", "shipments")) {
                assertTrue(result.inserted().get(table) > 0, table + ": " + result.inserted());
            }
            assertEquals(List.of(), rows(db, "SELECT \"table\" FROM pragma_foreign_key_check"));
        }
    }

    @Test
    void searchesWithSqliteAsTheJudgeWhereTheChecksSayNothingItReads() throws SQLException {
        try (Connection db =
                database("CREATE TABLE events (id INTEGER PRIMARY KEY, starts INTEGER NOT NULL, ends INTEGER NOT NULL,"
                        + " data TEXT NOT NULL CHECK (json_valid(data) AND json_type(data) = 'object'),"
                        + " slug TEXT NOT NULL UNIQUE CHECK (slug = lower(slug) AND slug <> ''),"
                        + " CHECK (starts < ends), CHECK (typeof(starts) = 'integer'))")) {
            FillResult result = new RowGenerator(11).fill(db, 3);
            assertTrue(result.complete(), result.unfilled().toString());
            assertTrue(result.inserted().get("events") >= 3, result.inserted().toString());
        }
    }

    @Test
    void saysWhichTableItCannotFillAndWhy() throws SQLException {
        try (Connection db = database(
                "CREATE TABLE impossible (id INTEGER PRIMARY KEY, n INTEGER NOT NULL CHECK (n > 5 AND n < 3))",
                "CREATE TABLE orphans (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES impossible(id))")) {
            FillResult result = new RowGenerator(3).fill(db, 2);
            assertEquals(
                    List.of("impossible", "orphans"),
                    result.unfilled().keySet().stream().sorted().toList());
            assertTrue(
                    result.unfilled()
                            .get("impossible")
                            .startsWith("SQLite refused every row tried, last with: CHECK constraint failed"),
                    result.unfilled().toString());
            assertEquals(
                    "its NOT NULL foreign key (parent_id) needs a row of impossible, and impossible has none",
                    result.unfilled().get("orphans"));
        }
    }

    @Test
    void theSameSeedGivesTheSameRows() throws SQLException {
        String[] ddl = {
            "CREATE TABLE t (id INTEGER PRIMARY KEY, kind TEXT CHECK (kind IN ('x', 'y', 'z')),"
                    + " n REAL, label TEXT)",
            "CREATE TABLE u (id INTEGER PRIMARY KEY, t_id INTEGER REFERENCES t(id))"
        };
        String query = "SELECT group_concat(quote(id) || quote(kind) || quote(n) || quote(label), ';') FROM t"
                + " UNION ALL SELECT group_concat(id || ':' || quote(t_id), ';') FROM u";
        try (Connection first = database(ddl);
                Connection second = database(ddl)) {
            new RowGenerator(42).fill(first, 4);
            new RowGenerator(42).fill(second, 4);
            assertEquals(rows(first, query), rows(second, query));
        }
    }
}
