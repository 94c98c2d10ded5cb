package dev.sqlrecord.runtime.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.RebuildMigrationBehaviour;
import dev.sqlrecord.runtime.internal.SqlStatement;
import dev.sqlrecord.runtime.internal.StatementSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which files the runner applies with foreign keys off, and the same file as D1 runs it. */
class ForeignKeyPragmaTest {
    @Test
    void everySpellingOfTurningForeignKeysOffCounts() {
        for (String pragma : List.of(
                "PRAGMA foreign_keys=OFF;",
                "pragma foreign_keys = off;",
                "PRAGMA foreign_keys = 0;",
                "PRAGMA main.foreign_keys = false;",
                "PRAGMA \"foreign_keys\" = 'no';",
                "PRAGMA foreign_keys(OFF);",
                "PRAGMA `foreign_keys`=OFF;--> statement-breakpoint")) {
            assertTrue(
                    new Migration("m.sql", "CREATE TABLE t (x);\n" + pragma + "\nDROP TABLE t;").turnsForeignKeysOff(),
                    pragma);
        }
    }

    @Test
    void otherPragmasAndMentionsDoNot() {
        for (String text : List.of(
                "PRAGMA foreign_keys=ON;",
                "PRAGMA defer_foreign_keys = OFF;",
                "PRAGMA foreign_keys;",
                "-- PRAGMA foreign_keys=OFF;\nCREATE TABLE t (x);",
                "INSERT INTO notes VALUES ('PRAGMA foreign_keys=OFF');")) {
            assertFalse(new Migration("m.sql", text).turnsForeignKeysOff(), text);
        }
    }

    @Test
    void asRunOnD1TheFileKeepsItsLinesAndNoLongerTurnsThemOff() {
        Migration drizzle = RebuildMigrationBehaviour.DRIZZLE_REBUILD;
        Migration onD1 = drizzle.asRunOnD1();
        assertTrue(drizzle.turnsForeignKeysOff());
        assertFalse(onD1.turnsForeignKeysOff());
        assertEquals(drizzle.name(), onD1.name());
        assertEquals(
                StatementSplitter.split(drizzle.sql()).stream()
                        .map(SqlStatement::line)
                        .toList(),
                StatementSplitter.split(onD1.sql()).stream()
                        .map(SqlStatement::line)
                        .toList());
        String literal = "INSERT INTO notes VALUES ('PRAGMA foreign_keys=OFF');";
        assertEquals(literal, new Migration("m.sql", literal).asRunOnD1().sql());
    }
}
