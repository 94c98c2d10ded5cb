package dev.sqlrecord.testing.generate;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the generator's tests ask of a database: its foreign key problems, rows written again, one column's values. */
final class GeneratorTables {
    private GeneratorTables() {}

    static List<String> foreignKeyProblems(Connection db) throws SQLException {
        return strings(db, "SELECT \"table\" || ' row ' || rowid || ' -> ' || parent FROM pragma_foreign_key_check");
    }

    /** Inserts a logged row with exactly its stored values; a constraint error fails the test. */
    static void write(Connection db, InsertedRow row, String where) {
        List<String> names =
                row.values().keySet().stream().map(TableShape::quoted).toList();
        String sql = "INSERT INTO " + TableShape.quoted(row.table()) + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            int i = 1;
            for (Object value : row.values().values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            fail(where + ": a generated row did not insert again: " + row + ": " + e.getMessage());
        }
    }

    static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
