package dev.sqlrecord.checker.schema;

import dev.sqlrecord.checker.analyze.SqliteMessages;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.parse.TextPosition;
import dev.sqlrecord.grammar.SyntaxError;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Applies migrations in order to a SQLite database, one statement at a time so that a failure
 * points at its statement. Stops at the first migration that fails: later ones were written
 * against a schema that now does not exist, and their errors would only be noise.
 */
public final class SchemaBuilder {
    private final Connection connection;
    private final Diagnostics diagnostics;

    public SchemaBuilder(Connection connection, Diagnostics diagnostics) {
        this.connection = connection;
        this.diagnostics = diagnostics;
    }

    /**
     * Applies every file, telling {@code observer} around each statement; returns false when one
     * failed (and was reported). An observer's own query failing is an {@link SQLException}.
     */
    public boolean apply(List<ParsedMigration> migrations, ReplayObserver observer) throws SQLException {
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA foreign_keys = ON");
        }
        for (ParsedMigration migration : migrations) {
            diagnostics.source(migration.file().display(), migration.file().text());
            if (!apply(migration, observer)) {
                return false;
            }
        }
        return true;
    }

    private boolean apply(ParsedMigration migration, ReplayObserver observer) throws SQLException {
        for (SyntaxError error : migration.errors()) {
            diagnostics.error(
                    migration.file().display(),
                    error.line(),
                    error.column(),
                    error.length(),
                    "syntax-error",
                    error.message());
        }
        if (!migration.parsed()) {
            return false;
        }
        observer.startFile(migration, connection);
        for (ParsedStatement statement : migration.statements()) {
            observer.before(migration, statement, connection);
            try (Statement jdbc = connection.createStatement()) {
                jdbc.execute(statement.text());
            } catch (SQLException e) {
                report(migration.file(), statement, e);
                return false;
            }
            observer.after(migration, statement, connection);
        }
        observer.endFile(migration, connection);
        return true;
    }

    private void report(SourceFile migration, ParsedStatement statement, SQLException e) {
        String message = SqliteMessages.clean(e.getMessage());
        Token subject = statement.find(SqliteMessages.subject(message));
        TextPosition at = statement.at(subject);
        diagnostics.error(
                migration.display(),
                at.line(),
                at.column(),
                ParsedStatement.length(subject),
                "migration-failed",
                "migration " + migration.path().getFileName() + " failed: " + message);
    }
}
