package dev.sqlrecord.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.sqlrecord.runtime.ForeignKeyViolationException;
import dev.sqlrecord.runtime.LimitExceededException;
import dev.sqlrecord.runtime.SchemaException;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.SqlSyntaxException;
import dev.sqlrecord.runtime.UniqueViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Message shapes that the local engines do not produce, but live D1 and other SQLite builds do. */
class SqlErrorsTest {
    @Test
    void uniqueWithoutExtendedCodeIsAUniqueViolation() {
        var e = SqlErrors.classify("UNIQUE constraint failed: users.email", "SQLITE_CONSTRAINT", "INSERT ...", 1, null);
        assertEquals(UniqueViolationException.class, e.getClass());
        assertEquals(List.of("email"), ((UniqueViolationException) e).columns());
    }

    @Test
    void uniqueIndexOnExpressionsNamesTheIndex() {
        var e = (UniqueViolationException) SqlErrors.classify(
                "UNIQUE constraint failed: index 'users_lower_email'",
                "SQLITE_CONSTRAINT_UNIQUE",
                "INSERT INTO users VALUES (?)",
                1,
                null);
        assertEquals("index 'users_lower_email'", e.constraint());
        assertEquals(List.of(), e.columns());
    }

    @Test
    void deferredForeignKeyFailureAtCommitOnD1() {
        var e = SqlErrors.classify(
                "Durable Object was reset and rolled back to its last known good state because the"
                        + " application left the database in a state where constraints were violated: FOREIGN KEY constraint"
                        + " failed",
                "SQLITE_CONSTRAINT_FOREIGNKEY",
                "DELETE FROM \"main\".\"users\"",
                0,
                null);
        assertInstanceOf(ForeignKeyViolationException.class, e);
        assertEquals("users", ((ForeignKeyViolationException) e).table());
    }

    @Test
    void limitsAndOtherTexts() {
        assertInstanceOf(
                LimitExceededException.class,
                SqlErrors.classify("too many SQL variables at offset 207", "SQLITE_ERROR", "SELECT", 101, null));
        assertInstanceOf(
                LimitExceededException.class,
                SqlErrors.classify("statement too long", "SQLITE_TOOBIG", "SELECT", 0, null));
        assertInstanceOf(
                SqlSyntaxException.class,
                SqlErrors.classify("near \"SELEC\": syntax error at offset 0", "SQLITE_ERROR", "SELEC", 0, null));
        assertInstanceOf(
                SchemaException.class,
                SqlErrors.classify(
                        "table t has 2 columns but 3 values were supplied", "SQLITE_ERROR", "INSERT", 3, null));
        assertEquals(
                SqlRecordException.class,
                SqlErrors.classify("not authorized", "SQLITE_AUTH", "PRAGMA", 0, null)
                        .getClass());
        assertEquals("t", SqlErrors.targetTable("insert or replace into [t] values (1)"));
        assertEquals("a.b", SqlErrors.targetTable("UPDATE OR IGNORE main.\"a.b\" SET x = 1"));
    }
}
