package dev.sqlrecord.checker.lint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's {@code EXPLAIN QUERY PLAN} of a statement (https://www.sqlite.org/eqp.html), and the
 * same plan with a trial index, to learn whether an index would change it before suggesting one.
 */
final class Plan {
    /** One line of the plan; a loop ({@code SCAN}/{@code SEARCH}) has the table's alias in {@code name}. */
    record Row(int id, int parent, String detail, String name, boolean scan) {
        boolean loop() {
            return name != null;
        }

        boolean temp(String what) {
            return detail.startsWith("USE TEMP B-TREE FOR ") && detail.contains(what);
        }
    }

    // "SCAN p", "SCAN p USING COVERING INDEX i", "SEARCH c USING AUTOMATIC COVERING INDEX (x=?)"; before
    // SQLite 3.36 "SCAN TABLE posts AS p".
    private static final Pattern LOOP = Pattern.compile("^(SCAN|SEARCH) (?:TABLE )?(\\S+)(?: AS (\\S+))?(.*)$");
    private static final String PROBE = "sqlrecord_lint_probe";

    final List<Row> rows;

    private Plan(List<Row> rows) {
        this.rows = rows;
    }

    static Plan explain(Connection db, String sql) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            int params = ps.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= params; i++) {
                ps.setNull(i, Types.NULL);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs.getInt(1), rs.getInt(2), rs.getString(4)));
                }
            }
        }
        return new Plan(rows);
    }

    /** The plan of {@code sql} if {@code table} had an index on {@code columns}; null when SQLite refuses that index. */
    static Plan withIndex(Connection db, String sql, String table, List<String> columns) {
        String create = "CREATE INDEX \"" + PROBE + "\" ON " + quote(table) + " ("
                + String.join(", ", columns.stream().map(Plan::quote).toList()) + ")";
        try (Statement st = db.createStatement()) {
            st.execute(create);
            try {
                return explain(db, sql);
            } finally {
                st.execute("DROP INDEX \"" + PROBE + "\"");
            }
        } catch (SQLException e) {
            return null;
        }
    }

    /** The loop rows that run under the same parent as {@code row}, in nesting order (outermost first). */
    List<Row> siblings(Row row) {
        return rows.stream().filter(r -> r.loop() && r.parent() == row.parent()).toList();
    }

    /** Whether some loop reads every row of the table aliased {@code name}. */
    boolean scans(String name) {
        return rows.stream().anyMatch(r -> r.scan() && r.name().equalsIgnoreCase(name));
    }

    long temps(String what) {
        return rows.stream().filter(r -> r.temp(what)).count();
    }

    private static Row row(int id, int parent, String detail) {
        Matcher m = LOOP.matcher(detail);
        if (!m.matches()) {
            return new Row(id, parent, detail, null, false);
        }
        String name = m.group(3) != null ? m.group(3) : m.group(2);
        String rest = m.group(4);
        // A virtual table has no index of ours to use; an automatic index is built by scanning the table on every run.
        boolean scan = m.group(1).equals("SCAN") ? !rest.contains("VIRTUAL TABLE") : rest.contains("AUTOMATIC");
        return new Row(id, parent, detail, name.toLowerCase(Locale.ROOT).equals("constant") ? null : name, scan);
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
