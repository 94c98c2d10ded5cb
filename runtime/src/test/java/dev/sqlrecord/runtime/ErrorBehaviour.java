package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every failure is the same typed exception on every executor, naming what it can and no values. */
interface ErrorBehaviour extends BehaviourFixture {
    String SECRET = "secret-value-7731";

    private <E extends SqlRecordException> E fails(Class<E> type, String sql, Object... params) {
        E e = assertThrows(type, () -> db().exec(sql, params));
        assertEquals(type, e.getClass(), e.getMessage());
        assertTrue(e.getMessage().contains(sql), e.getMessage());
        assertTrue(e.getMessage().contains("(" + params.length + " parameter"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), "values never appear: " + e.getMessage());
        assertEquals(sql, e.sql());
        return e;
    }

    @Test
    default void uniqueViolationNamesTableAndColumns() {
        createBlogSchema();
        db().exec("INSERT INTO users(id, email) VALUES (1, ?)", SECRET);
        db().exec("INSERT INTO posts(author_id, title) VALUES (1, 'T')");
        UniqueViolationException e =
                fails(UniqueViolationException.class, "INSERT INTO users(id, email) VALUES (2, ?)", SECRET);
        assertEquals("users", e.table());
        assertEquals(List.of("email"), e.columns());
        UniqueViolationException both =
                fails(UniqueViolationException.class, "INSERT INTO posts(author_id, title) VALUES (?, ?)", 1, "T");
        assertEquals(List.of("author_id", "title"), both.columns());
    }

    @Test
    default void parameterValuesAppearOnlyWhenAskedFor() {
        createBlogSchema();
        db().exec("INSERT INTO users(id, email) VALUES (1, ?)", SECRET);
        String sql = "INSERT INTO users(id, email) VALUES (?, ?)";
        Database showing = db().withParameterValuesInErrors();
        UniqueViolationException single =
                assertThrows(UniqueViolationException.class, () -> showing.exec(sql, 2, SECRET));
        assertTrue(single.getMessage().endsWith("; parameter values: [2, '" + SECRET + "']"), single.getMessage());
        SqlRecordException inBatch = assertThrows(
                SqlRecordException.class,
                () -> showing.batch(Statement.exec(sql, 3, "other@x"), Statement.exec(sql, 4, SECRET)));
        assertTrue(inBatch.getMessage().contains("parameter values: [4, '" + SECRET + "']"), inBatch.getMessage());
        assertFalse(assertThrows(SqlRecordException.class, () -> db().exec(sql, 2, SECRET))
                .getMessage()
                .contains(SECRET));
        assertEquals(
                1L,
                db().one("SELECT count(*) FROM users", row -> row.getLong(1)).orElseThrow());
    }

    @Test
    default void primaryKeyViolationIsAUniqueViolation() {
        createBlogSchema();
        db().exec("INSERT INTO users(id, email) VALUES (1, 'a@x')");
        PrimaryKeyViolationException e =
                fails(PrimaryKeyViolationException.class, "INSERT INTO users(id, email) VALUES (?, ?)", 1, SECRET);
        assertEquals("users", e.table());
        assertEquals(List.of("id"), e.columns());
        assertTrue(e instanceof UniqueViolationException);
    }

    @Test
    default void notNullViolation() {
        createBlogSchema();
        NotNullViolationException e =
                fails(NotNullViolationException.class, "INSERT INTO users(email, name) VALUES (?, ?)", null, SECRET);
        assertEquals("users", e.table());
        assertEquals(List.of("email"), e.columns());
    }

    @Test
    default void checkViolationNamesTheConstraint() {
        createBlogSchema();
        CheckViolationException e =
                fails(CheckViolationException.class, "INSERT INTO users(email, age) VALUES (?, ?)", SECRET, -1);
        assertEquals("age_not_negative", e.constraint());
        assertEquals("users", e.table());
    }

    @Test
    default void foreignKeyViolationNamesTheWrittenTable() {
        createBlogSchema();
        ForeignKeyViolationException e = fails(
                ForeignKeyViolationException.class, "INSERT INTO posts(author_id, title) VALUES (?, ?)", 99, SECRET);
        assertEquals("posts", e.table());
        assertEquals(List.of(), e.columns());
        db().exec("INSERT INTO users(id, email) VALUES (1, 'a@x')");
        db().exec("INSERT INTO posts(author_id, title) VALUES (1, 'T')");
        assertEquals(
                "users",
                fails(ForeignKeyViolationException.class, "DELETE FROM users WHERE id = ?", 1)
                        .table());
    }

    @Test
    default void syntaxAndSchemaErrors() {
        createBlogSchema();
        fails(SqlSyntaxException.class, "SELEC id FROM users WHERE id = ?", 1);
        fails(SchemaException.class, "SELECT id FROM nope WHERE id = ?", 1);
        fails(SchemaException.class, "SELECT nope FROM users");
        fails(SchemaException.class, "INSERT INTO users(email, nope) VALUES (?, ?)", SECRET, 1);
        SchemaException exists = fails(SchemaException.class, "CREATE TABLE users (x)");
        assertTrue(exists.reason().contains("already exists"), exists.reason());
    }

    @Test
    default void transactionsCommitOnSqliteAndAreRefusedOnD1() {
        createBlogSchema();
        if (!isD1()) {
            assertTrue(db().supportsTransactions());
            db().inTransaction(tx -> tx.exec("INSERT INTO users(email) VALUES ('a@x')"));
            assertThrows(
                    UniqueViolationException.class,
                    () -> db().inTransaction(tx -> {
                        tx.exec("INSERT INTO users(email) VALUES ('b@x')");
                        tx.exec("INSERT INTO users(email) VALUES ('a@x')");
                    }));
            assertEquals(List.of("a@x"), db().many("SELECT email FROM users", row -> row.getString(1)));
            return;
        }
        assertFalse(db().supportsTransactions());
        boolean[] ran = {false};
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> db().inTransaction(tx -> ran[0] = true));
        assertFalse(ran[0], "refused before running any work");
        assertTrue(e.getMessage().contains("no interactive transactions"), e.getMessage());
        assertTrue(e.getMessage().contains("Database.batch"), e.getMessage());
        // raw transaction control gets the same advice instead of D1's Durable Object text alone
        SqlRecordException begin = assertThrows(SqlRecordException.class, () -> db().exec("BEGIN TRANSACTION"));
        assertTrue(begin.getMessage().contains("Database.batch"), begin.getMessage());
    }
}
