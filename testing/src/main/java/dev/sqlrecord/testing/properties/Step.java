package dev.sqlrecord.testing.properties;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement of a scenario: an INSERT of a row (columns left out take their defaults), or a
 * DELETE or UPDATE of the rows whose columns equal {@code where}. Kept as values rather than text,
 * so that the shrinker can simplify each value and the report can print it as plain SQL.
 */
record Step(Kind kind, String table, Map<String, Object> values, Map<String, Object> where) {
    enum Kind {
        INSERT,
        DELETE,
        UPDATE
    }

    Step {
        values = copy(values);
        where = copy(where);
    }

    static Step insert(String table, Map<String, Object> values) {
        return new Step(Kind.INSERT, table, values, Map.of());
    }

    static Step delete(String table, Map<String, Object> where) {
        return new Step(Kind.DELETE, table, Map.of(), where);
    }

    static Step update(String table, Map<String, Object> set, Map<String, Object> where) {
        return new Step(Kind.UPDATE, table, set, where);
    }

    /** This step with {@code column} of its values (or of its WHERE) set to {@code value}. */
    Step with(boolean inWhere, String column, Object value) {
        Map<String, Object> changed = copy(inWhere ? where : values);
        changed.put(column, value);
        return inWhere ? new Step(kind, table, values, changed) : new Step(kind, table, changed, where);
    }

    /** The statement with {@code ?} markers for {@link #params()}. */
    String sql() {
        return render(false);
    }

    List<Object> params() {
        List<Object> out = new ArrayList<>(kind == Kind.DELETE ? List.of() : values.values());
        where.values().stream().filter(v -> v != null).forEach(out::add);
        return out;
    }

    /** The statement with its values written as SQL literals, for a person to paste into sqlite3. */
    String literalSql() {
        return render(true);
    }

    private String render(boolean literals) {
        StringBuilder sql = new StringBuilder();
        switch (kind) {
            case INSERT -> {
                sql.append("INSERT INTO ").append(quoted(table));
                if (values.isEmpty()) {
                    return sql.append(" DEFAULT VALUES").toString();
                }
                sql.append(" (")
                        .append(String.join(
                                ", ", values.keySet().stream().map(Step::quoted).toList()))
                        .append(") VALUES (");
                sql.append(String.join(
                        ", ",
                        values.values().stream()
                                .map(v -> literals ? literal(v) : "?")
                                .toList()));
                return sql.append(")").toString();
            }
            case DELETE -> sql.append("DELETE FROM ").append(quoted(table));
            case UPDATE -> {
                sql.append("UPDATE ").append(quoted(table)).append(" SET ");
                List<String> sets = new ArrayList<>();
                values.forEach((c, v) -> sets.add(quoted(c) + " = " + (literals ? literal(v) : "?")));
                sql.append(String.join(", ", sets));
            }
        }
        List<String> conditions = new ArrayList<>();
        where.forEach(
                (c, v) -> conditions.add(quoted(c) + (v == null ? " IS NULL" : " = " + (literals ? literal(v) : "?"))));
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        return sql.toString();
    }

    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, Object> copy(Map<String, Object> map) {
        return new LinkedHashMap<>(map); // values may be NULL, which Map.copyOf refuses
    }
}
