package dev.sqlrecord.checker.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code drift}'s comparison on a database migrated by the runtime's runner, then changed by hand:
 * run on SQLite ({@link DriftJdbcTest}) and on the local D1 ({@link DriftD1Test}).
 */
final class DriftBehaviour {
    static final String SCHEMA = """
            CREATE TABLE authors (
              id INTEGER PRIMARY KEY,
              email TEXT NOT NULL UNIQUE COLLATE NOCASE,
              first TEXT, last TEXT,
              full_name TEXT GENERATED ALWAYS AS (first || ' ' || last) VIRTUAL
            );
            CREATE TABLE posts (
              author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
              slug TEXT NOT NULL,
              state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'live')),
              PRIMARY KEY (author_id, slug)
            ) WITHOUT ROWID;
            CREATE TABLE tags (name TEXT PRIMARY KEY, uses INTEGER NOT NULL DEFAULT 0) STRICT;
            CREATE INDEX posts_live ON posts (slug) WHERE state = 'live';
            CREATE VIEW live_posts AS SELECT author_id, slug FROM posts WHERE state = 'live';
            CREATE TRIGGER tag_uses AFTER INSERT ON posts BEGIN UPDATE tags SET uses = uses + 1 WHERE name = NEW.slug; END;
            """;

    private DriftBehaviour() {}

    static Path migrations(Path dir) throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_init.sql"), SCHEMA);
        return migrations;
    }

    static void cleanThenDrifted(Database db, Path dir) throws IOException {
        Path migrations = migrations(dir);
        Migrations.fromDirectory(migrations).migrate(db);
        SchemaSnapshot wanted = ScratchSchema.ofMigrations(migrations);
        assertEquals(List.of(), differences(wanted, db));

        db.exec("ALTER TABLE authors ADD COLUMN bio TEXT");
        db.exec("DROP INDEX posts_live");
        db.exec("CREATE INDEX posts_live ON posts (slug)");
        db.exec("DROP VIEW live_posts");
        db.exec("CREATE TABLE extra (id INTEGER PRIMARY KEY)");
        db.exec("DROP TRIGGER tag_uses");
        assertEquals(
                List.of(
                        "column authors.bio: in the database, not in the migrations",
                        "table extra: in the database, not in the migrations",
                        "index posts_live: defined as CREATE INDEX posts_live ON posts (slug) WHERE state = 'live'"
                                + " in the migrations, as CREATE INDEX posts_live ON posts (slug) in the database",
                        "view live_posts: in the migrations, missing from the database",
                        "trigger tag_uses: in the migrations, missing from the database"),
                differences(wanted, db));
    }

    /** A column's type, nullability, default, key, CHECK and foreign key each give their own line. */
    static void columnFacts(Database db, Path dir) throws IOException {
        Path migrations = migrations(dir);
        db.exec("CREATE TABLE authors (id INTEGER PRIMARY KEY, email TEXT UNIQUE COLLATE NOCASE, first TEXT,"
                + " last TEXT, full_name TEXT GENERATED ALWAYS AS (first || ' ' || last) STORED)");
        db.exec("CREATE TABLE posts (author_id INTEGER NOT NULL REFERENCES authors (id), slug TEXT NOT NULL,"
                + " state TEXT NOT NULL DEFAULT 'live', PRIMARY KEY (author_id, slug))");
        db.exec("CREATE TABLE tags (name INT PRIMARY KEY, uses INTEGER NOT NULL DEFAULT 0)");
        assertEquals(
                List.of(
                        "column authors.email: NOT NULL in the migrations, nullable in the database",
                        "column authors.full_name: generated as first || ' ' || last virtual in the"
                                + " migrations, first || ' ' || last stored in the database",
                        "column posts.state: default 'draft' in the migrations, 'live' in the database",
                        "table posts: foreign key (author_id) REFERENCES authors (id) ON UPDATE NO ACTION ON DELETE"
                                + " CASCADE in the migrations, missing from the database",
                        "table posts: foreign key (author_id) REFERENCES authors (id) ON UPDATE NO ACTION ON DELETE"
                                + " NO ACTION in the database, not in the migrations",
                        "table posts: CHECK state in('draft','live') in the migrations, missing from the database",
                        "table posts: WITHOUT ROWID in the migrations, not in the database",
                        "column tags.name: type TEXT in the migrations, INT in the database",
                        "column tags.name: NOT NULL in the migrations, nullable in the database",
                        "table tags: STRICT in the migrations, not in the database",
                        "index posts_live: in the migrations, missing from the database",
                        "view live_posts: in the migrations, missing from the database",
                        "trigger tag_uses: in the migrations, missing from the database"),
                differences(ScratchSchema.ofMigrations(migrations), db));
    }

    static List<String> differences(SchemaSnapshot wanted, Database db) {
        return SchemaComparison.differences(
                wanted, "the migrations", new SnapshotReader(SchemaQuery.of(db)).read(), "the database");
    }
}
