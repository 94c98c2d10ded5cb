package dev.sqlrecord.runtime.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.BehaviourFixture;
import dev.sqlrecord.runtime.UniqueViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wrangler-compatible migration runner: atomic per file on both (a transaction; a D1 batch). */
public interface MigrationBehaviour extends BehaviourFixture {

    @Test
    default void appliesFilesAtomicallyAndStopsAtTheFailingOne() {
        Migrations migrations = Migrations.of(List.of(
                new Migration(
                        "0001_init.sql",
                        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE);\n"
                                + "INSERT INTO users(email) VALUES ('a@x');"),
                new Migration(
                        "0002_bad.sql",
                        "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n"
                                + "INSERT INTO posts VALUES (1);\n\n"
                                + "INSERT INTO users(email) VALUES ('a@x');"),
                new Migration("0003_never.sql", "CREATE TABLE never (x);")));
        MigrationException e = assertThrows(MigrationException.class, () -> migrations.migrate(db()));
        assertEquals("0002_bad.sql", e.migration());
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getCause() instanceof UniqueViolationException, String.valueOf(e.getCause()));
        assertEquals(
                List.of("d1_migrations", "sqlrecord_migrations", "users"),
                db().many(
                                "SELECT name FROM sqlite_master"
                                        + " WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '\\_cf%' ESCAPE '\\'"
                                        // the D1 gateway's record of idempotent writes
                                        + " AND name <> '_sqlrecord_requests' ORDER BY name",
                                row -> row.getString(1)));
        assertEquals(List.of("0001_init.sql"), db().many("SELECT name FROM d1_migrations", row -> row.getString(1)));

        Migrations fixed = Migrations.of(List.of(
                migrations.list().get(0),
                new Migration("0002_bad.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);")));
        assertEquals(List.of("0002_bad.sql"), fixed.migrate(db()).applied());
        assertEquals(List.of(), fixed.migrate(db()).applied());
        assertEquals(
                List.of(MigrationStatus.State.APPLIED, MigrationStatus.State.APPLIED),
                fixed.status(db()).stream().map(MigrationStatus::state).toList());
    }

    @Test
    default void aFileAnotherRunnerAppliedMeanwhileIsSkipped() {
        Migration init = new Migration(
                "0001_init.sql",
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n"
                        + "INSERT INTO users(email) VALUES ('a@x');");
        assertEquals(
                List.of("0001_init.sql"),
                Migrations.of(List.of(init)).migrate(db()).applied());
        // what a runner that read the applied list before the other one finished does next
        assertFalse(Migrations.apply(db(), init));
        assertEquals(List.of("a@x"), db().many("SELECT email FROM users", row -> row.getString(1)));
        assertEquals(List.of("0001_init.sql"), db().many("SELECT name FROM d1_migrations", row -> row.getString(1)));
    }
}
