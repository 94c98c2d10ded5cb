package dev.sqlrecord.runtime.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.internal.RuntimeAccess;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over D1's REST API a migration run first takes a Time Travel bookmark, and a failing run says
 * how to restore the database as it was before the run: the bookmark, taken before the run's first
 * write, and the command. On the local D1 the bookmark is the engine's own (it advances with each
 * write); only the restoring itself is Cloudflare's.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class MigrationRestorePointD1Test {
    private static final Pattern BOOKMARK = Pattern.compile("Time Travel bookmark (\\S+);");

    private static final Migrations RUN = Migrations.of(List.of(
            new Migration("0001_init.sql", "CREATE TABLE t (x);\nINSERT INTO t VALUES (1);"),
            new Migration("0002_bad.sql", "INSERT INTO t VALUES (2);\nINSERT INTO missing VALUES (1);")));

    @Test
    void aFailedRunSaysWhichBookmarkRestoresTheDatabaseAsItWasBeforeIt() {
        try (Database db = LocalD1.get().freshDatabase()) {
            MigrationException e = assertThrows(MigrationException.class, () -> RUN.migrate(db));
            String message = e.getMessage();
            assertEquals("0002_bad.sql", e.migration());
            assertEquals(2, e.line(), message);
            assertTrue(message.startsWith("migration 0002_bad.sql failed at line 2: "), message);
            Matcher before = BOOKMARK.matcher(message);
            assertTrue(before.find(), message);
            assertTrue(
                    message.contains(
                            "npx wrangler d1 time-travel restore <database name> --bookmark=" + before.group(1)),
                    message);
            Matcher now = BOOKMARK.matcher(RuntimeAccess.restoreAdvice(db));
            assertTrue(now.find());
            // 0001 wrote after the bookmark was taken: the database has moved past it
            assertTrue(
                    before.group(1).compareTo(now.group(1)) < 0, before.group(1) + " then, " + now.group(1) + " now");
        }
    }

    @Test
    void sqliteKeepsNoHistorySoItsFailuresOfferNone() {
        try (Database sqlite = Database.open("jdbc:sqlite::memory:")) {
            assertEquals("", RuntimeAccess.restoreAdvice(sqlite));
            MigrationException e = assertThrows(MigrationException.class, () -> RUN.migrate(sqlite));
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
