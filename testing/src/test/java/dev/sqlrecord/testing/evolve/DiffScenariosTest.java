package dev.sqlrecord.testing.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of change {@code diff} makes, on both targets. Each migration it returns has already
 * been proven by {@link DiffVerifier} (generated rows kept, foreign keys clean, the desired schema
 * reached); these tests say which form it takes, and that what cannot be done safely is refused.
 */
class DiffScenariosTest {
    static final String USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT);\n";
    static final String FAMILY = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE, title TEXT NOT NULL);
            CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE, body TEXT NOT NULL);
            CREATE TABLE badges (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id) ON DELETE SET NULL, label TEXT NOT NULL);
            CREATE INDEX posts_user ON posts (user_id);
            """;

    @TempDir
    Path dir;

    String diff(Target target, String migrations, String desired) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(folder.resolve("0001_init.sql"), migrations);
        Path schema = Files.writeString(dir.resolve("schema.sql"), desired);
        return DiffCommand.next(folder, schema, target);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void equalSchemasNeedNothing(Target target) throws IOException {
        assertEquals("", diff(target, USERS, USERS));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void addColumnsAtTheEndWithAlter(Target target) throws IOException {
        String sql = diff(
                target,
                USERS,
                "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT,"
                        + " active INTEGER NOT NULL DEFAULT 1, nick TEXT AS (lower(name)));");
        assertTrue(sql.contains("ALTER TABLE \"users\" ADD COLUMN active INTEGER NOT NULL DEFAULT 1;"), sql);
        assertTrue(sql.contains("ADD COLUMN nick TEXT AS (lower(name));"), sql);
        assertTrue(!sql.contains("__new_"), sql);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void columnInTheMiddleRebuilds(Target target) throws IOException {
        String sql = diff(
                target,
                USERS,
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT NOT NULL, bio TEXT);");
        assertTrue(sql.contains("CREATE TABLE \"__new_users\""), sql);
        assertTrue(sql.contains("INSERT INTO \"__new_users\" (\"id\", \"name\", \"bio\") SELECT"), sql);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void renamesStatedInTheSchema(Target target) throws IOException {
        String sql = diff(target, USERS, """
                CREATE TABLE people ( -- sqlrecord:renamed-from users
                  id INTEGER PRIMARY KEY,
                  full_name TEXT NOT NULL, -- sqlrecord:renamed-from name
                  bio TEXT
                );
                """);
        assertTrue(sql.contains("ALTER TABLE \"users\" RENAME TO \"people\";"), sql);
        assertTrue(sql.contains("ALTER TABLE \"people\" RENAME COLUMN \"name\" TO \"full_name\";"), sql);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void dropColumnWithAlterOrRebuildWhenATableCheckUsesIt(Target target) throws IOException {
        assertTrue(diff(target, USERS, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);")
                .contains("ALTER TABLE \"users\" DROP COLUMN \"bio\";"));
        String sql = diff(
                target,
                "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT,"
                        + " CHECK (length(bio) < length(name) + 99));",
                "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);");
        assertTrue(sql.contains("__new_users"), sql);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void constraintChangesRebuildAndKeepCascadingChildren(Target target) throws IOException {
        String sql = diff(
                target,
                FAMILY,
                FAMILY.replace(
                        "users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                        "users (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) > 0))"));
        assertTrue(sql.contains("__new_users"), sql);
        if (target == Target.D1) {
            assertTrue(sql.contains("CREATE TABLE \"__keep_posts\""), sql);
            assertTrue(sql.contains("CREATE TABLE \"__keep_comments\""), sql);
            assertTrue(sql.contains("CREATE TABLE \"__keep_badges\""), sql);
        } else {
            assertTrue(sql.startsWith("-- From") && sql.contains("\nPRAGMA foreign_keys = OFF;\n"), sql);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void tablesIndexesViewsAndTriggersComeAndGo(Target target) throws IOException {
        String sql = diff(
                target,
                FAMILY + "CREATE VIEW titles AS SELECT title FROM posts;\nCREATE TABLE old_stuff (x TEXT);\n",
                FAMILY.replace(
                                "CREATE INDEX posts_user ON posts (user_id);",
                                "CREATE INDEX posts_title ON posts (title);")
                        + "CREATE TABLE audit (at TEXT NOT NULL, what TEXT NOT NULL);\n"
                        + "CREATE VIEW titles AS SELECT id, title FROM posts;\n"
                        + "CREATE TRIGGER audit_posts AFTER INSERT ON posts BEGIN"
                        + " INSERT INTO audit VALUES (datetime('now'), NEW.title); END;\n");
        for (String expected : new String[] {
            "DROP INDEX \"posts_user\";",
            "CREATE INDEX posts_title ON posts (title);",
            "DROP VIEW \"titles\";",
            "CREATE VIEW titles AS SELECT id, title FROM posts;",
            "CREATE TABLE audit",
            "DROP TABLE \"old_stuff\";",
            "CREATE TRIGGER audit_posts"
        }) {
            assertTrue(sql.contains(expected), expected + " in\n" + sql);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aNewNotNullColumnWithoutDefaultIsRefused(Target target) {
        IOException refused = assertThrows(
                IOException.class,
                () -> diff(
                        target,
                        USERS,
                        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT, age INTEGER NOT NULL);"));
        assertTrue(refused.getMessage().contains("would not be safe"), refused.getMessage());
        assertTrue(refused.getMessage().contains("NOT NULL"), refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void dependentIndexesViewsAndTriggersSurviveARebuild(Target target) throws IOException {
        String dependents =
                "CREATE VIEW post_titles AS SELECT p.title, u.name FROM posts p JOIN users u ON u.id = p.user_id;\n"
                        + "CREATE TABLE log (what TEXT NOT NULL);\n"
                        + "CREATE TRIGGER log_users AFTER INSERT ON users BEGIN INSERT INTO log VALUES (NEW.name); END;\n";
        String sql = diff(
                target,
                FAMILY + dependents,
                FAMILY.replace("name TEXT NOT NULL)", "name TEXT NOT NULL COLLATE NOCASE)") + dependents);
        assertTrue(sql.contains("__new_users"), sql);
        assertTrue(sql.contains("CREATE VIEW post_titles"), sql);
        assertTrue(sql.contains("CREATE TRIGGER log_users"), sql);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void keysOptionsAndForeignKeyActionsRebuild(Target target) throws IOException {
        String sql = diff(
                target,
                FAMILY + "CREATE TABLE settings (k TEXT PRIMARY KEY, v TEXT);\n",
                FAMILY.replace("ON DELETE SET NULL", "ON DELETE CASCADE")
                                .replace(
                                        "comments (id INTEGER PRIMARY KEY,",
                                        "comments (id INTEGER PRIMARY KEY AUTOINCREMENT,")
                        + "CREATE TABLE settings (k TEXT PRIMARY KEY, v TEXT) STRICT, WITHOUT ROWID;\n");
        for (String rebuilt : new String[] {"__new_badges", "__new_comments", "__new_settings"}) {
            assertTrue(sql.contains(rebuilt), rebuilt + " in\n" + sql);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aRenamedColumnOfARebuiltTableKeepsItsValues(Target target) throws IOException {
        String sql = diff(
                target,
                FAMILY,
                FAMILY.replace(
                        "title TEXT NOT NULL)",
                        "heading TEXT NOT NULL CHECK (length(heading) < 500) -- sqlrecord:renamed-from title\n)"));
        assertTrue(
                sql.contains(
                        "INSERT INTO \"__new_posts\" (\"id\", \"user_id\", \"heading\") SELECT \"id\", \"user_id\", \"title\""),
                sql);
    }

    @org.junit.jupiter.api.Test
    void aSelfReferencingRebuildIsRefusedOnD1() throws IOException {
        String tree =
                "CREATE TABLE nodes (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES nodes (id) ON DELETE CASCADE, name TEXT);";
        String desired = tree.replace("name TEXT", "name TEXT NOT NULL DEFAULT ''");
        assertTrue(diff(Target.SQLITE, tree, desired).contains("__new_nodes"));
        IOException refused = assertThrows(IOException.class, () -> diff(Target.D1, tree, desired));
        assertTrue(refused.getMessage().contains("references itself"), refused.getMessage());
    }
}
