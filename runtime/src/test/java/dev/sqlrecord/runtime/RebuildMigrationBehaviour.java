package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.migrations.Migration;
import dev.sqlrecord.runtime.migrations.MigrationException;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A drizzle-kit table rebuild of a parent whose children are declared ON DELETE CASCADE, applied by
 * the runner to a database that has child rows: what becomes of the children on each executor, and
 * the way of writing the rebuild that keeps them on D1 too.
 */
public interface RebuildMigrationBehaviour extends BehaviourFixture {
    Migration INIT = new Migration("0001_init.sql", """
            CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
              status TEXT NOT NULL CHECK (status IN ('draft', 'live')));
            INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x');
            INSERT INTO posts VALUES (10, 1, 'draft'), (11, 2, 'live'), (12, 2, 'draft');
            """);
    /** What drizzle-kit 0.31 generates for making users.email unique. */
    Migration DRIZZLE_REBUILD = new Migration("0002_unique_email.sql", """
            PRAGMA foreign_keys=OFF;--> statement-breakpoint
            CREATE TABLE `__new_users` (
            \t`id` integer PRIMARY KEY,
            \t`email` text NOT NULL UNIQUE
            );
            --> statement-breakpoint
            INSERT INTO `__new_users`("id", "email") SELECT "id", "email" FROM `users`;--> statement-breakpoint
            DROP TABLE `users`;--> statement-breakpoint
            ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
            PRAGMA foreign_keys=ON;
            """);

    private List<String> posts() {
        return db().many(
                        "SELECT id || ':' || user_id || ':' || status FROM posts ORDER BY id", row -> row.getString(1));
    }

    @Test
    default void aDrizzleRebuildKeepsCascadeChildrenOnSqliteAndDeletesThemOnD1() {
        Migrations.of(List.of(INIT, DRIZZLE_REBUILD)).migrate(db());
        if (isD1()) {
            // D1 keeps foreign keys on and ignores the pragma: the DROP's implicit DELETE cascades.
            // The build refuses such a migration for target d1 (migration-rebuild-cascade).
            assertEquals(List.of(), posts());
        } else {
            assertEquals(List.of("10:1:draft", "11:2:live", "12:2:draft"), posts());
            assertEquals(
                    1L,
                    db().one("PRAGMA foreign_keys", row -> row.getLong(1)).orElseThrow(),
                    "foreign keys are back on after the file");
            assertThrows(
                    ForeignKeyViolationException.class, () -> db().exec("INSERT INTO posts VALUES (13, 9, 'draft')"));
        }
        assertEquals(List.of("a@x", "b@x"), db().many("SELECT email FROM users ORDER BY id", row -> row.getString(1)));
    }

    /**
     * The form the build's message recommends for D1, where neither {@code foreign_keys = OFF} nor
     * {@code defer_foreign_keys = ON} stops a cascade: copy the children aside before the DROP and
     * put them back after the rename (emptying the
     * table first, for children whose key was set to NULL rather than deleted).
     */
    @Test
    default void aRebuildThatSetsTheChildrenAsideKeepsThemOnBoth() {
        Migration rebuild = new Migration("0002_unique_email.sql", """
                CREATE TABLE __keep_posts AS SELECT * FROM posts;
                CREATE TABLE __new_users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);
                INSERT INTO __new_users (id, email) SELECT id, email FROM users;
                DROP TABLE users;
                ALTER TABLE __new_users RENAME TO users;
                DELETE FROM posts;
                INSERT INTO posts SELECT * FROM __keep_posts;
                DROP TABLE __keep_posts;
                """);
        Migrations.of(List.of(INIT, rebuild)).migrate(db());
        assertEquals(List.of("10:1:draft", "11:2:live", "12:2:draft"), posts());
        assertEquals(List.of(), db().many("SELECT * FROM pragma_foreign_key_check", row -> row.getString(1)));
    }

    /** With foreign keys off nothing stops a file from orphaning rows; the check before commit does. */
    @Test
    default void aFileThatTurnsForeignKeysOffAndLeavesOrphansIsRolledBack() {
        Migrations.of(List.of(INIT)).migrate(db());
        Migration orphaning = new Migration("0002_drop_users.sql", """
                PRAGMA foreign_keys = OFF;
                DROP TABLE users;
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
                INSERT INTO users VALUES (1, 'a@x');
                PRAGMA foreign_keys = ON;
                """);
        if (isD1()) {
            // foreign keys stay on: the DROP cascades, and nothing is left pointing nowhere
            Migrations.of(List.of(INIT, orphaning)).migrate(db());
            assertEquals(List.of(), posts());
            return;
        }
        MigrationException e = assertThrows(
                MigrationException.class,
                () -> Migrations.of(List.of(INIT, orphaning)).migrate(db()));
        assertEquals("0002_drop_users.sql", e.migration());
        assertTrue(
                e.getMessage().contains("foreign_key_check finds 2 row(s)")
                        && e.getMessage().contains("posts rowid 11 refers to a missing users row")
                        && e.getMessage().contains("posts rowid 12 refers to a missing users row"),
                e.getMessage());
        assertEquals(List.of("10:1:draft", "11:2:live", "12:2:draft"), posts());
        assertEquals(List.of("a@x", "b@x"), db().many("SELECT email FROM users ORDER BY id", row -> row.getString(1)));
        assertEquals(List.of("0001_init.sql"), db().many("SELECT name FROM d1_migrations", row -> row.getString(1)));
        assertEquals(
                1L,
                db().one("PRAGMA foreign_keys", row -> row.getLong(1)).orElseThrow(),
                "foreign keys are back on after the failed file");
    }
}
