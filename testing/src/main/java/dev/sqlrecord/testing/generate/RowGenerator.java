package dev.sqlrecord.testing.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Fills every table of an SQLite database with valid rows, driven by the schema alone: CHECK
 * constraints (their IN lists, bounds, {@code length()} bounds and GLOB/LIKE patterns steer the
 * values, {@link CheckHints}), UNIQUE and primary keys (a serial number in every value), and foreign
 * keys (parents first; each key takes an existing parent row's values; a self-reference may point
 * at the row itself; a nullable key with no parent yet is NULL, which also breaks cycles). SQLite
 * judges every row: a refused row is drawn again, with a widening search. Seeded, so a run is
 * reproducible. A table that gets no row is reported with the reason rather than passed over.
 */
public final class RowGenerator {
    private static final int ATTEMPTS = 60;

    private final Random random;
    private final Candidates candidates;
    private long serial = 1;

    public RowGenerator(long seed) {
        this.random = new Random(seed);
        this.candidates = new Candidates(random);
    }

    /** Inserts up to {@code rowsPerTable} rows into every table; foreign keys must be on. */
    public FillResult fill(Connection db, int rowsPerTable) throws SQLException {
        Map<String, Integer> inserted = new LinkedHashMap<>();
        Map<String, String> reasons = new HashMap<>();
        List<TableShape> tables = parentsFirst(TableShape.read(db));
        // twice round: a table before its parent in a cycle finds the parent's rows the second time
        for (int round = 0; round < 2; round++) {
            for (TableShape table : tables) {
                Map<String, CheckHints.Column> hints = hints(table);
                for (int i = 0; i < rowsPerTable; i++) {
                    String refused = insert(db, table, hints);
                    if (refused == null) {
                        inserted.merge(table.name(), 1, Integer::sum);
                    } else {
                        reasons.putIfAbsent(table.name(), refused);
                    }
                }
                inserted.putIfAbsent(table.name(), 0);
            }
        }
        Map<String, String> unfilled = new LinkedHashMap<>();
        for (TableShape table : tables) {
            if (count(db, table.name()) == 0) {
                unfilled.put(table.name(), reasons.getOrDefault(table.name(), "no row was accepted"));
            }
        }
        return new FillResult(inserted, unfilled);
    }

    private static Map<String, CheckHints.Column> hints(TableShape table) {
        CheckHints checks = CheckHints.of(table.createSql());
        Map<String, CheckHints.Column> out = new HashMap<>();
        table.columns().forEach(c -> out.put(c.key(), checks.column(c.name())));
        return out;
    }

    /**
     * Inserts one row; null when done, else why no attempt was accepted. The first attempt follows
     * the hints; after a refusal only the columns SQLite's message names are drawn again (all of
     * them when it names none), so a search for one CHECK does not undo what satisfied the others.
     */
    private String insert(Connection db, TableShape table, Map<String, CheckHints.Column> hints) throws SQLException {
        String refused = null;
        Map<String, Object> row = new LinkedHashMap<>();
        Map<String, Integer> tries = new HashMap<>();
        List<TableShape.Column> redraw = table.columns();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long n = serial++;
            List<TableShape.Column> columns = table.columns();
            for (TableShape.Column column : redraw) {
                int tried = tries.merge(column.key(), 1, Integer::sum) - 1;
                // offset by position, so that columns compared with each other (starts < ends) differ
                long own = n + columns.indexOf(column);
                row.put(
                        column.key(),
                        column.integerKey()
                                ? (Object) n
                                : candidates.value(column, hints.get(column.key()), own, tried));
            }
            String missing = pointAtParents(db, table, row);
            if (missing != null) {
                return missing;
            }
            String error = tryInsert(db, table, row);
            if (error == null) {
                return null;
            }
            refused = "SQLite refused every row tried, last with: " + error;
            redraw = named(columns, error);
        }
        return refused;
    }

    /** The columns a refusal names ({@code t.col} or a bare name in a CHECK's text); all if none. */
    private static List<TableShape.Column> named(List<TableShape.Column> columns, String error) {
        String text = error.toLowerCase(Locale.ROOT);
        int colon = text.indexOf(": ");
        String detail = colon < 0 ? text : text.substring(colon + 2);
        List<TableShape.Column> named = columns.stream()
                .filter(c -> java.util.regex.Pattern.compile(
                                "(?<![\\w$])" + java.util.regex.Pattern.quote(c.key()) + "(?![\\w$])")
                        .matcher(detail)
                        .find())
                .toList();
        return named.isEmpty() ? columns : named;
    }

    /** Sets each foreign key's columns to a parent row's values; a reason when a required parent has none. */
    private String pointAtParents(Connection db, TableShape table, Map<String, Object> row) throws SQLException {
        for (TableShape.ForeignKey key : table.foreignKeys()) {
            List<String> parentColumns =
                    key.parentColumns().isEmpty() ? primaryKey(db, key.parent()) : key.parentColumns();
            boolean required = table.columns().stream()
                    .anyMatch(c -> c.notNull() && key.columns().stream().anyMatch(k -> k.equalsIgnoreCase(c.name())));
            List<Object> parent = key.selfReference(table.name()) && (random.nextInt(3) == 0 || required)
                    ? ownValues(row, parentColumns)
                    : parentRow(db, key.parent(), parentColumns);
            if (parent == null && required) {
                return "its NOT NULL foreign key (" + String.join(", ", key.columns()) + ") needs a row of "
                        + key.parent() + ", and " + key.parent() + " has none";
            }
            for (int i = 0; i < key.columns().size(); i++) {
                row.put(key.columns().get(i).toLowerCase(Locale.ROOT), parent == null ? null : parent.get(i));
            }
        }
        return null;
    }

    private static List<Object> ownValues(Map<String, Object> row, List<String> columns) {
        List<Object> values = new ArrayList<>();
        for (String column : columns) {
            values.add(row.get(column.toLowerCase(Locale.ROOT)));
        }
        return values.contains(null) ? null : values;
    }

    private List<Object> parentRow(Connection db, String parent, List<String> columns) throws SQLException {
        if (columns.isEmpty()) {
            return null;
        }
        String select =
                String.join(", ", columns.stream().map(TableShape::quoted).toList());
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + select + " FROM " + TableShape.quoted(parent)
                        + " ORDER BY " + select + " LIMIT 1 OFFSET (abs(" + random.nextLong() % 1_000_000
                        + ") % max(1, (SELECT count(*) FROM " + TableShape.quoted(parent) + ")))")) {
            if (!rs.next()) {
                return null;
            }
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= columns.size(); i++) {
                values.add(rs.getObject(i));
            }
            return values;
        } catch (SQLException e) {
            return null; // a missing parent table or column: no parent row to offer
        }
    }

    private static List<String> primaryKey(Connection db, String table) throws SQLException {
        return TableShape.rows(
                        db,
                        "SELECT name FROM pragma_table_info(" + TableShape.literal(table)
                                + ") WHERE pk > 0 ORDER BY pk")
                .stream()
                .map(r -> r[0])
                .toList();
    }

    /** Inserts the row (one statement, so a refused row leaves nothing behind); null on success, else SQLite's message. */
    private static String tryInsert(Connection db, TableShape table, Map<String, Object> row) throws SQLException {
        List<String> names =
                table.columns().stream().map(c -> TableShape.quoted(c.name())).toList();
        String sql = "INSERT INTO " + TableShape.quoted(table.name()) + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        if (names.isEmpty()) {
            sql = "INSERT INTO " + TableShape.quoted(table.name()) + " DEFAULT VALUES";
        }
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            int i = 1;
            for (TableShape.Column column : table.columns()) {
                insert.setObject(i++, row.get(column.key()));
            }
            insert.executeUpdate();
            return null;
        } catch (SQLException e) {
            return sqliteMessage(e);
        }
    }

    /**
     * SQLite's own text: sqlite-jdbc writes {@code [SQLITE_CONSTRAINT_CHECK] A CHECK constraint
     * failed (CHECK constraint failed: n > 5)}, and only the part in parentheses is SQLite's.
     */
    private static String sqliteMessage(SQLException e) {
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

    private static long count(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + TableShape.quoted(table))) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Tables ordered so each comes after those its foreign keys reference; a cycle is broken anywhere. */
    static List<TableShape> parentsFirst(List<TableShape> tables) {
        List<TableShape> out = new ArrayList<>();
        List<TableShape> left = new ArrayList<>(tables);
        while (!left.isEmpty()) {
            TableShape next = left.stream()
                    .filter(t -> t.foreignKeys().stream()
                            .allMatch(fk -> fk.selfReference(t.name())
                                    || left.stream().noneMatch(l -> l.name().equalsIgnoreCase(fk.parent()))))
                    .findFirst()
                    .orElse(left.get(0));
            out.add(next);
            left.remove(next);
        }
        return out;
    }
}
