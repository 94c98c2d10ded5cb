package dev.sqlrecord.testing.soundness;

import dev.sqlrecord.testing.generate.RowGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Database states for the soundness run, each filled by the schema's row generator and then given a
 * shape where nullability inference goes wrong: every table empty (aggregates over nothing), one row
 * per table, a few rows, NULL-heavy rows (outer joins and nullable columns), and some tables emptied
 * (joins with no partner). SQLite judges every change: one a constraint refuses is left undone. Then
 * the columns whose content the user's types decide (JSON a record reads, UUID text) get values of
 * that shape, which a generator of SQL values cannot know.
 */
final class States {
    /** The shape of a state. */
    enum Shape {
        EMPTY,
        ONE_ROW,
        FEW_ROWS,
        NULL_HEAVY,
        SOME_EMPTY
    }

    private final Connection db;
    private final long seed;
    private final Map<String, Supplier<Object>> contents;
    private Random random;
    private Partners partners;

    /** @param contents a value maker for {@code table.column} (lower-cased) whose content the user's types decide */
    States(Connection db, long seed, Map<String, Supplier<Object>> contents) {
        this.db = db;
        this.seed = seed;
        this.contents = contents;
    }

    /** Makes the values that queries and views compare meet in every state from now on. */
    void align(Partners partners) {
        this.partners = partners;
    }

    /** The shape of the n-th state: each shape once, then the filled ones in turn. */
    static Shape shape(int state) {
        Shape[] shapes = Shape.values();
        return state < shapes.length ? shapes[state] : shapes[2 + (state - shapes.length) % (shapes.length - 2)];
    }

    /** Empties every table and builds the n-th state. */
    Shape build(int state) throws SQLException {
        random = new Random(seed * 31 + state);
        Shape shape = shape(state);
        List<String> tables = tables();
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            for (String table : tables) {
                s.execute("DELETE FROM " + quoted(table));
            }
            s.execute("PRAGMA foreign_keys = ON");
        }
        if (shape == Shape.EMPTY) {
            return shape;
        }
        new RowGenerator(seed * 31 + state).fill(db, shape == Shape.ONE_ROW ? 1 : 3);
        // children before parents, twice: a parent's delete may wait for its children's
        List<String> reversed = new ArrayList<>(tables);
        java.util.Collections.reverse(reversed);
        for (int round = 0; round < 2; round++) {
            for (String table : reversed) {
                if (shape == Shape.ONE_ROW) {
                    tryRun("DELETE FROM " + quoted(table) + " WHERE rowid <> (SELECT min(rowid) FROM " + quoted(table)
                            + ")");
                } else if (shape == Shape.SOME_EMPTY && round == 0 && random.nextInt(3) == 0) {
                    tryRun("DELETE FROM " + quoted(table));
                }
            }
        }
        for (String table : tables) {
            breakSelfReferences(table);
        }
        if (shape == Shape.NULL_HEAVY) {
            for (String table : tables) {
                for (String column : nullableColumns(table)) {
                    for (Object rowid : rowids(table)) {
                        if (random.nextInt(10) < 8) {
                            tryRun(
                                    "UPDATE " + quoted(table) + " SET " + quoted(column) + " = NULL WHERE rowid = ?",
                                    rowid);
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, Supplier<Object>> content : contents.entrySet()) {
            String[] at = content.getKey().split("\\.", 2);
            for (Object rowid : rowids(at[0])) {
                tryRun(
                        "UPDATE " + quoted(at[0]) + " SET " + quoted(at[1]) + " = ? WHERE rowid = ? AND "
                                + quoted(at[1]) + " IS NOT NULL",
                        content.getValue().get(),
                        rowid);
            }
        }
        if (partners != null) {
            meet();
        }
        return shape;
    }

    /** Columns compared with each other share values, and columns compared with text hold it, in part of the rows. */
    private void meet() throws SQLException {
        for (Partners.Pair pair : partners.pairs) {
            List<Object> from = values("SELECT DISTINCT " + quoted(pair.from().column()) + " FROM "
                    + quoted(pair.from().table()) + " WHERE "
                    + quoted(pair.from().column()) + " IS NOT NULL");
            if (from.isEmpty()) {
                continue;
            }
            for (Object old : values("SELECT DISTINCT " + quoted(pair.to().column()) + " FROM "
                    + quoted(pair.to().table()))) {
                if (random.nextInt(3) > 0) {
                    set(pair.to(), from.get(random.nextInt(from.size())), old);
                }
            }
        }
        for (Map.Entry<QueryColumns.Ref, Set<String>> literal : partners.literals.entrySet()) {
            List<String> texts = new ArrayList<>(literal.getValue());
            QueryColumns.Ref ref = literal.getKey();
            for (Object old : values("SELECT DISTINCT " + quoted(ref.column()) + " FROM " + quoted(ref.table()))) {
                if (random.nextBoolean()) {
                    set(ref, texts.get(random.nextInt(texts.size())), old);
                }
            }
        }
    }

    private void set(QueryColumns.Ref ref, Object value, Object old) {
        String column = quoted(ref.column());
        tryRun("UPDATE " + quoted(ref.table()) + " SET " + column + " = ? WHERE " + column + " IS ?", value, old);
    }

    /** Every table's lower-cased column names, by lower-cased table name. */
    Map<String, Set<String>> schema() throws SQLException {
        Map<String, Set<String>> schema = new LinkedHashMap<>();
        for (String table : tables()) {
            Set<String> columns = new LinkedHashSet<>();
            for (Object name : values("SELECT name FROM pragma_table_xinfo(?)", table)) {
                columns.add(((String) name).toLowerCase(Locale.ROOT));
            }
            schema.put(table.toLowerCase(Locale.ROOT), columns);
        }
        return schema;
    }

    /**
     * The current state as SQL a person can paste after the migrations: every row of every table
     * as an INSERT (generated columns left out), foreign keys off while they load. SQLite's own
     * {@code quote()} writes the literals.
     */
    String dump() {
        try {
            return dump(db, tables());
        } catch (SQLException e) {
            return "-- the state could not be read: " + e.getMessage() + "\n";
        }
    }

    /** {@link #dump()} of some tables of a database. */
    static String dump(Connection db, List<String> tables) {
        StringBuilder sql = new StringBuilder("PRAGMA foreign_keys = OFF;\n");
        try {
            for (String table : tables) {
                List<String> names = new ArrayList<>();
                for (Object name : values(db, "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0", table)) {
                    names.add(quoted((String) name));
                }
                if (names.isEmpty()) {
                    continue;
                }
                String insert = "'INSERT INTO " + quoted(table).replace("'", "''") + " ("
                        + String.join(", ", names).replace("'", "''") + ") VALUES (' || "
                        + String.join(
                                " || ', ' || ",
                                names.stream().map(n -> "quote(" + n + ")").toList())
                        + " || ');'";
                for (Object line : values(db, "SELECT " + insert + " FROM " + quoted(table))) {
                    sql.append(line).append('\n');
                }
            }
        } catch (SQLException e) {
            sql.append("-- the state could not be read: ")
                    .append(e.getMessage())
                    .append('\n');
        }
        return sql.append("PRAGMA foreign_keys = ON;\n").toString();
    }

    /** The user's tables (virtual ones too, not their shadow tables), names as SQLite stores them. */
    List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        for (Object name : values("SELECT name FROM pragma_table_list WHERE schema = 'main'"
                + " AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                + " AND name NOT IN ('d1_migrations', 'sqlrecord_migrations') ORDER BY name")) {
            out.add((String) name);
        }
        return out;
    }

    /**
     * A row that is its own parent makes every walk of a tree (a recursive CTE) endless, which
     * real trees are not: such a key is set to NULL where the column allows it.
     */
    private void breakSelfReferences(String table) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT \"from\", coalesce(\"to\", (SELECT name FROM pragma_table_info(?) WHERE pk = 1))"
                        + " FROM pragma_foreign_key_list(?) WHERE \"table\" = ? COLLATE NOCASE"
                        + " AND id IN (SELECT id FROM pragma_foreign_key_list(?) GROUP BY id HAVING count(*) = 1)")) {
            for (int i = 1; i <= 4; i++) {
                s.setString(i, table);
            }
            try (ResultSet keys = s.executeQuery()) {
                while (keys.next()) {
                    if (keys.getString(2) != null) {
                        tryRun("UPDATE " + quoted(table) + " SET " + quoted(keys.getString(1)) + " = NULL WHERE "
                                + quoted(keys.getString(1)) + " = " + quoted(keys.getString(2)));
                    }
                }
            }
        }
    }

    private List<String> nullableColumns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Object name : values(
                "SELECT name FROM pragma_table_xinfo(?) WHERE \"notnull\" = 0 AND pk = 0 AND hidden = 0", table)) {
            out.add((String) name);
        }
        return out;
    }

    private List<Object> rowids(String table) {
        try {
            return values("SELECT rowid FROM " + quoted(table));
        } catch (SQLException e) {
            return List.of(); // WITHOUT ROWID: left as generated
        }
    }

    List<Object> values(String sql, Object... args) throws SQLException {
        return values(db, sql, args);
    }

    static List<Object> values(Connection db, String sql, Object... args) throws SQLException {
        List<Object> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getObject(1));
                }
            }
        }
        return out;
    }

    /** Runs a change; one a constraint refuses leaves the state as it was. */
    private void tryRun(String sql, Object... args) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        } catch (SQLException refused) {
            // the state keeps what it had
        }
    }

    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
