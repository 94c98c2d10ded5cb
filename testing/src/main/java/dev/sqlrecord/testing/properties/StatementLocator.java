package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.runtime.internal.SqlStatement;
import dev.sqlrecord.runtime.internal.StatementSplitter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Finds the line a data-check diagnostic belongs to: the statement that created a table, or the
 * statement after which a table lost rows or a foreign key broke, found by replaying the file
 * statement by statement on a copy of the database as it was before the file.
 */
final class StatementLocator {
    private StatementLocator() {}

    /** A condition on the replayed database, checked after each statement. */
    interface Condition {
        boolean holds(Connection db) throws SQLException;
    }

    /** The line of the last statement that creates (or renames a table to) {@code table}; 1 if none does. */
    static int creation(ParsedMigration migration, String table) {
        int line = 1;
        for (ParsedStatement statement : migration.statements()) {
            SQLiteParser.StatementContext tree = statement.tree();
            String created = tree.createTableStmt() != null
                    ? tree.createTableStmt().qualifiedName().object.getText()
                    : tree.alterTableStmt() != null
                                    && tree.alterTableStmt().alterTableAction()
                                            instanceof SQLiteParser.RenameTableContext rename
                            ? rename.name().getText()
                            : null;
            if (created != null && Names.unquote(created).equalsIgnoreCase(table)) {
                line = statement.start().line();
            }
        }
        return line;
    }

    /**
     * Replays {@code migration} on a copy of {@code snapshot} in one transaction, with foreign keys
     * as the runner of the target has them, cut into statements by the runner's own splitter (which
     * drops a BEGIN/COMMIT wrapper) because this retraces what the runner did, and returns the line of the first statement after which
     * {@code condition} holds; the first statement's line if none (1 for an empty file).
     */
    static int firstWhere(Path snapshot, String migration, boolean foreignKeys, Condition condition) {
        List<SqlStatement> statements = StatementSplitter.splitMigration(migration);
        int fallback = statements.isEmpty() ? 1 : statements.get(0).line();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + snapshot)) {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
            }
            db.setAutoCommit(false);
            try {
                for (SqlStatement statement : statements) {
                    try (Statement s = db.createStatement()) {
                        s.execute(statement.sql());
                    }
                    if (condition.holds(db)) {
                        return statement.line();
                    }
                }
            } finally {
                db.rollback();
            }
        } catch (SQLException e) {
            return fallback; // the replay itself failed there: the runner's own error says more
        }
        return fallback;
    }

    static Condition fewerRows(String table, long before) {
        return db -> {
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                return rs.next() && rs.getLong(1) < before;
            } catch (SQLException gone) {
                return false; // dropped for now (a rebuild renames a copy in later)
            }
        };
    }

    /** Some row of {@code table} (of any table, if null) points at a missing parent row. */
    static Condition brokenForeignKey(String table) {
        String where = table == null
                ? ""
                : " WHERE lower(\"table\") = '" + table.toLowerCase(Locale.ROOT).replace("'", "''") + "'";
        return db -> {
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT 1 FROM pragma_foreign_key_check" + where + " LIMIT 1")) {
                return rs.next();
            }
        };
    }
}
