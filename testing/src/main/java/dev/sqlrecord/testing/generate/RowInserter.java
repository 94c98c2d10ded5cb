package dev.sqlrecord.testing.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Draws one row for a table and inserts it, with SQLite judging: the first attempt follows the
 * CHECK hints (now and then NULL, an edge value, or the column left out so its DEFAULT applies);
 * after a refusal only the columns SQLite's message names are drawn again (all of them when it
 * names none), so a search for one CHECK does not undo what satisfied the others.
 */
final class RowInserter {
    private static final int ATTEMPTS = 60;
    /** Stands for a column left out of the INSERT, so that its DEFAULT applies. */
    private static final Object OMITTED = new Object();

    private final Random random;
    private final Candidates candidates;
    private final ParentRows parents;
    private ValueOverride override = (table, column) -> null;
    private long serial = 1;

    /** What one insert did: the row as stored, or why no attempt was accepted. */
    record Outcome(InsertedRow row, String refusal) {}

    RowInserter(Random random) {
        this.random = random;
        this.candidates = new Candidates(random);
        this.parents = new ParentRows(random);
    }

    void override(ValueOverride override) {
        this.override = override;
    }

    Outcome insert(Connection db, TableShape table, Map<String, CheckHints.Column> hints) throws SQLException {
        String refused = null;
        Map<String, Object> row = new LinkedHashMap<>();
        Map<String, Integer> tries = new HashMap<>();
        List<TableShape.Column> columns = table.columns();
        List<TableShape.Column> redraw = columns;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long n = serial++;
            for (TableShape.Column column : redraw) {
                int tried = tries.merge(column.key(), 1, Integer::sum) - 1;
                // offset by position, so that columns compared with each other (starts < ends) differ
                long own = n + columns.indexOf(column);
                Object chosen = override.value(table.name(), column.name());
                if (chosen != null) {
                    row.put(column.key(), chosen);
                } else if (column.hasDefault() && tried == 0 && random.nextInt(4) == 0) {
                    row.put(column.key(), OMITTED);
                } else {
                    row.put(
                            column.key(),
                            column.integerKey()
                                    // once refused (a database with rows already), far past the serials in use
                                    ? (Object) (n + tried * 1_000_003L)
                                    : candidates.value(column, hints.get(column.key()), own, tried));
                }
            }
            String missing = parents.pointAt(db, table, row);
            if (missing != null) {
                return new Outcome(null, missing);
            }
            try {
                return new Outcome(write(db, table, row), null);
            } catch (SQLException e) {
                String error = sqliteMessage(e);
                refused = "SQLite refused every row tried, last with: " + error;
                redraw = named(columns, error);
            }
        }
        return new Outcome(null, refused);
    }

    /** The columns a refusal names ({@code t.col} or a bare name in a CHECK's text); all if none. */
    private static List<TableShape.Column> named(List<TableShape.Column> columns, String error) {
        String text = error.toLowerCase(Locale.ROOT);
        int colon = text.indexOf(": ");
        String detail = colon < 0 ? text : text.substring(colon + 2);
        List<TableShape.Column> named = columns.stream()
                .filter(c -> Pattern.compile("(?<![\\w$])" + Pattern.quote(c.key()) + "(?![\\w$])")
                        .matcher(detail)
                        .find())
                .toList();
        return named.isEmpty() ? columns : named;
    }

    /**
     * Inserts the row (one statement, so a refused row leaves nothing behind) and reads back what
     * was stored: defaults applied, values converted by the column's affinity.
     */
    private static InsertedRow write(Connection db, TableShape table, Map<String, Object> row) throws SQLException {
        List<TableShape.Column> given = table.columns().stream()
                .filter(c -> row.get(c.key()) != OMITTED)
                .toList();
        List<String> names =
                given.stream().map(c -> TableShape.quoted(c.name())).toList();
        List<String> all =
                table.columns().stream().map(c -> TableShape.quoted(c.name())).toList();
        String into = "INSERT INTO " + TableShape.quoted(table.name());
        String sql = (names.isEmpty()
                        ? into + " DEFAULT VALUES"
                        : into + " (" + String.join(", ", names) + ") VALUES ("
                                + String.join(", ", names.stream().map(n -> "?").toList()) + ")")
                + (all.isEmpty() ? "" : " RETURNING " + String.join(", ", all));
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            int i = 1;
            for (TableShape.Column column : given) {
                insert.setObject(i++, row.get(column.key()));
            }
            Map<String, Object> stored = new LinkedHashMap<>();
            if (all.isEmpty()) {
                insert.executeUpdate();
                return new InsertedRow(table.name(), stored);
            }
            try (ResultSet rs = insert.executeQuery()) {
                if (!rs.next()) {
                    // nothing stored and no error: a trigger's RAISE(IGNORE) turned the row away
                    throw new SQLException("a trigger ignored the row");
                }
                for (int c = 0; c < table.columns().size(); c++) {
                    stored.put(table.columns().get(c).name(), normalized(rs.getObject(c + 1)));
                }
            }
            return new InsertedRow(table.name(), stored);
        }
    }

    /** The storage class's Java type: sqlite-jdbc hands small integers back as Integer. */
    private static Object normalized(Object value) {
        return value instanceof Integer i ? (Object) i.longValue() : value;
    }

    /**
     * SQLite's own text: sqlite-jdbc writes {@code [SQLITE_CONSTRAINT_CHECK] A CHECK constraint
     * failed (CHECK constraint failed: n > 5)}, and only the part in parentheses is SQLite's.
     */
    static String sqliteMessage(SQLException e) {
        String message = (e.getMessage() == null ? e.toString() : e.getMessage())
                .replaceAll("\\s+", " ")
                .trim();
        if (message.startsWith("[")) {
            int code = message.indexOf("] ");
            int open = message.indexOf(" (", code);
            message = open > 0 && message.endsWith(")")
                    ? message.substring(open + 2, message.length() - 1)
                    : message.substring(code + 2);
        }
        return message;
    }

    /** The values of the named columns in the row being drawn; null if any is missing or NULL. */
    static List<Object> ownValues(Map<String, Object> row, List<String> columns) {
        List<Object> values = new ArrayList<>();
        for (String column : columns) {
            Object value = row.get(column.toLowerCase(Locale.ROOT));
            values.add(value == OMITTED ? null : value);
        }
        return values.contains(null) ? null : values;
    }
}
