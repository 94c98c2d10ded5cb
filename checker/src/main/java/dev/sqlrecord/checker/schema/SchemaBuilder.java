package dev.sqlrecord.checker.schema;

import dev.sqlrecord.checker.analyze.SqliteMessages;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.parse.TextPosition;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
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

    /** Applies every file; returns false when one failed (and was reported). */
    public boolean apply(List<SourceFile> migrations) throws SQLException {
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA foreign_keys = ON");
        }
        for (SourceFile migration : migrations) {
            diagnostics.source(migration.display(), migration.text());
            if (!apply(migration)) {
                return false;
            }
        }
        return true;
    }

    private boolean apply(SourceFile migration) {
        ParsedSql parsed = SqlSyntax.parse(migration.text());
        if (parsed.hasErrors()) {
            for (SyntaxError error : parsed.errors()) {
                diagnostics.error(migration.display(), error.line(), error.column(), error.length(),
                        "syntax-error", error.message());
            }
            return false;
        }
        for (ParsedStatement statement : ParsedStatement.split(parsed, migration.text(), new TextPosition(1, 1))) {
            try (Statement jdbc = connection.createStatement()) {
                jdbc.execute(statement.text());
            } catch (SQLException e) {
                report(migration, statement, e);
                return false;
            }
        }
        return true;
    }

    private void report(SourceFile migration, ParsedStatement statement, SQLException e) {
        String message = SqliteMessages.clean(e.getMessage());
        Token subject = statement.find(SqliteMessages.subject(message));
        TextPosition at = subject == null ? statement.start() : statement.position(subject);
        int length = subject == null ? 1 : subject.getText().length();
        diagnostics.error(migration.display(), at.line(), at.column(), length, "migration-failed",
                "migration " + migration.path().getFileName() + " failed: " + message);
    }
}
