package dev.sqlrecord.checker.schema;

import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.ParsedStatement;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Watches the schema builder apply migrations, statement by statement, on its database: checks that
 * need to see what a statement changed observe the one replay instead of running their own.
 */
public interface ReplayObserver {
    ReplayObserver NONE = new ReplayObserver() {};

    /** Called before the first statement of each file. */
    default void startFile(ParsedMigration file, Connection db) throws SQLException {}

    /** Called just before {@code statement} runs. */
    default void before(ParsedMigration file, ParsedStatement statement, Connection db) throws SQLException {}

    /** Called just after {@code statement} ran without error. */
    default void after(ParsedMigration file, ParsedStatement statement, Connection db) throws SQLException {}

    /** Called after the last statement of a file that applied cleanly. */
    default void endFile(ParsedMigration file, Connection db) throws SQLException {}
}
