package dev.sqlrecord.testing.properties;

import dev.sqlrecord.runtime.internal.SqlStatement;
import dev.sqlrecord.runtime.internal.StatementSplitter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs a reproduction as sqlite3 would, statement by statement on a fresh database. */
final class Reproductions {
    private Reproductions() {}

    /**
     * SQLite's message for the last statement, which must be the only one that fails; null when it
     * succeeds too.
     */
    static String lastFailure(String sql) throws SQLException {
        List<SqlStatement> statements = StatementSplitter.split(sql);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement s = db.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    s.execute(statements.get(i).sql());
                } catch (SQLException e) {
                    if (i < statements.size() - 1) {
                        throw new AssertionError("statement " + (i + 1) + " of the reproduction failed: " + sql, e);
                    }
                    String message = e.getMessage();
                    int open = message.indexOf(" (");
                    return open < 0 ? message : message.substring(open + 2, message.length() - 1);
                }
            }
        }
        return null;
    }
}
