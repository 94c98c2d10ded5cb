package dev.sqlrecord.checker.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.SourceFile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replayed schema's database kept as bytes, only when the bytes are all the replay left. */
class SchemaImageTest {
    private static final String TABLES = "CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
            + "CREATE TABLE book (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES author (id));\n"
            + "CREATE INDEX book_author ON book (author_id);\n"
            + "CREATE VIEW named AS SELECT name FROM author;\n";

    /** Replays {@code sql} as one migration and takes its image (null when it cannot be taken). */
    private static SchemaImage replayAndTake(String sql) throws SQLException {
        List<ParsedMigration> migrations = ParsedMigration.of(List.of(new SourceFile(null, "0001_init.sql", sql)));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Diagnostics diagnostics = new Diagnostics();
            assertEquals(true, new SchemaBuilder(db, diagnostics).apply(migrations, ReplayObserver.NONE));
            return SchemaImage.take(db, migrations);
        }
    }

    private static String schemaText(Connection db) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name")) {
            while (rs.next()) {
                text.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ');
                text.append(rs.getString(3)).append(' ').append(rs.getString(4)).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void theRestoredDatabaseHasTheReplayedSchemaAndForeignKeys() throws SQLException {
        SchemaImage image = replayAndTake(TABLES + "PRAGMA user_version = 7;\n");
        assertNotNull(image);
        try (Connection restored = image.restore();
                Connection replayed = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement s = replayed.createStatement()) {
            for (String statement : TABLES.split(";\n")) {
                s.execute(statement);
            }
            assertEquals(schemaText(replayed), schemaText(restored));
            try (Statement r = restored.createStatement();
                    ResultSet fk = r.executeQuery("PRAGMA foreign_keys");
                    ResultSet version = restored.createStatement().executeQuery("PRAGMA user_version")) {
                assertEquals(1, fk.getInt(1));
                assertEquals(7, version.getInt(1));
            }
        }
    }

    @Test
    void foreignKeysTurnedOffByAMigrationStayOff() throws SQLException {
        SchemaImage image = replayAndTake("PRAGMA foreign_keys = OFF;\n" + TABLES);
        try (Connection restored = image.restore();
                ResultSet fk = restored.createStatement().executeQuery("PRAGMA foreign_keys")) {
            assertEquals(0, fk.getInt(1));
        }
    }

    @Test
    void noImageWhenAMigrationChangedTheConnectionBeyondItsFile() throws SQLException {
        assertNull(replayAndTake(TABLES + "CREATE TEMP TABLE scratch (x);\n"));
        assertNull(replayAndTake(TABLES + "CREATE TEMP VIEW v AS SELECT 1;\n"));
        assertNull(replayAndTake("PRAGMA recursive_triggers = ON;\n" + TABLES));
        assertNull(replayAndTake("PRAGMA case_sensitive_like = true;\n" + TABLES));
        assertNull(replayAndTake("ATTACH ':memory:' AS other;\n" + TABLES));
    }
}
