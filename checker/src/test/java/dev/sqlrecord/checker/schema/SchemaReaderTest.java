package dev.sqlrecord.checker.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.migrate.MigrationHazards;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema read back with the migrations' own parse of each CREATE TABLE is the schema read by
 * parsing what SQLite stored: the parse is taken where SQLite kept the statement as written, and
 * a table an ALTER TABLE changed is parsed as SQLite has it now.
 */
class SchemaReaderTest {
    private static final String MIGRATION = """
            CREATE TABLE plain (id INTEGER PRIMARY KEY, status TEXT CHECK (status IN ('a', 'b')));
            create   table IF NOT EXISTS main."Quoted Name" (
              id INTEGER PRIMARY KEY,
              kind TEXT NOT NULL CHECK (kind IN ('x', 'y')) COLLATE NOCASE UNIQUE
            ) WITHOUT ROWID;
            CREATE TABLE altered (id INTEGER PRIMARY KEY);
            ALTER TABLE altered ADD COLUMN level TEXT CHECK (level IN ('low', 'high'));
            CREATE TABLE strict_one (id INTEGER PRIMARY KEY, n INTEGER) STRICT;
            """;

    @Test
    void readsTheSameSchemaTakingTheMigrationsParseWhereSqliteKeptTheStatement() throws Exception {
        ParsedMigration migration = ParsedMigration.of(new SourceFile(Path.of("0001.sql"), "0001.sql", MIGRATION));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            new SchemaBuilder(db, new Diagnostics()).apply(List.of(migration), new MigrationHazards(Target.SQLITE));
            SchemaReader reader = new SchemaReader(db, List.of(migration));
            assertEquals(new SchemaReader(db).read(), reader.read());

            Map<String, SQLiteParser.CreateTableStmtContext> written = new HashMap<>();
            migration.statements().stream()
                    .map(s -> s.tree().createTableStmt())
                    .filter(c -> c != null)
                    .forEach(c -> written.put(c.qualifiedName().object.getText(), c));
            Map<String, String> stored = stored(db);
            assertSame(written.get("plain"), reader.createTable(stored.get("plain")));
            assertSame(written.get("\"Quoted Name\""), reader.createTable(stored.get("Quoted Name")));
            assertSame(written.get("strict_one"), reader.createTable(stored.get("strict_one")));
            // SQLite rewrote it for the added column: parsed as stored
            SQLiteParser.CreateTableStmtContext altered = reader.createTable(stored.get("altered"));
            assertNotSame(written.get("altered"), altered);
            assertEquals(Map.of("level", List.of("low", "high")), CheckConstraints.enumValues(altered));
        }
    }

    private static Map<String, String> stored(Connection db) throws Exception {
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT name, sql FROM sqlite_schema WHERE type = 'table'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getString(2));
            }
        }
        return stored;
    }
}
