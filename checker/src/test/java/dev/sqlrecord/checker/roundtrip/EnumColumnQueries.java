package dev.sqlrecord.checker.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The query file the enum round trip adds to a case: for the {@code n}-th column with
 * {@code CHECK (col IN (...))}, a write of the enum ({@code write<n>}, also as a batch statement),
 * a read of the column ({@code read<n>}), a filter by it ({@code filter<n>}) and by a list of it
 * ({@code filterIn<n>}), the stored text ({@code stored<n>}) and a delete of every row ({@code clear<n>}).
 */
public final class EnumColumnQueries {
    /** A column with CHECK IN values, in the order of the CHECK. */
    public record EnumColumn(String table, String column, List<String> values, boolean nullable) {}

    private final List<EnumColumn> columns = new ArrayList<>();
    private final StringBuilder sql = new StringBuilder();

    /** Every CHECK-IN column of the tables of a case's {@code model.json}. */
    public static EnumColumnQueries of(JsonNode model) {
        EnumColumnQueries out = new EnumColumnQueries();
        for (JsonNode table : model.get("tables")) {
            for (JsonNode column : table.get("columns")) {
                if (column.get("enumValues").isArray()) {
                    out.add(table, column);
                }
            }
        }
        return out;
    }

    public List<EnumColumn> columns() {
        return columns;
    }

    public String sql() {
        return sql.toString();
    }

    private void add(JsonNode table, JsonNode enumColumn) {
        String t = table.get("name").asText();
        String c = enumColumn.get("name").asText();
        List<String> values = new ArrayList<>();
        enumColumn.get("enumValues").forEach(v -> values.add(v.asText()));
        int n = columns.size();
        columns.add(new EnumColumn(t, c, values, !enumColumn.get("notNull").asBoolean()));
        List<String> names = new ArrayList<>(List.of(c));
        List<String> exprs = new ArrayList<>(List.of(":value"));
        for (JsonNode other : table.get("columns")) {
            if (required(other) && !other.get("name").asText().equals(c)) {
                names.add(other.get("name").asText());
                exprs.add(filler(other));
            }
        }
        sql.append("-- name: write").append(n).append(" :exec\n")
                .append("INSERT INTO ").append(t).append(" (").append(String.join(", ", names))
                .append(") VALUES (").append(String.join(", ", exprs)).append(");\n\n")
                .append("-- name: read").append(n).append(" :many\nSELECT ").append(c).append(" FROM ").append(t)
                .append(";\n\n")
                .append("-- name: filter").append(n).append(" :many\nSELECT ").append(c).append(" FROM ").append(t)
                .append(" WHERE ").append(c).append(" = :value;\n\n")
                .append("-- name: filterIn").append(n).append(" :many\nSELECT ").append(c).append(" FROM ").append(t)
                .append(" WHERE ").append(c).append(" IN (:values);\n\n")
                .append("-- name: stored").append(n).append(" :many\nSELECT CAST(").append(c)
                .append(" AS TEXT) AS stored FROM ").append(t).append(";\n\n")
                .append("-- name: clear").append(n).append(" :exec\nDELETE FROM ").append(t).append(" WHERE 1;\n\n");
    }

    /** NOT NULL without a default, and not the rowid alias, which numbers itself. */
    private static boolean required(JsonNode column) {
        boolean rowid = column.get("primaryKey").asBoolean()
                && column.get("declaredType").asText().equalsIgnoreCase("INTEGER");
        return column.get("notNull").asBoolean() && column.get("defaultSql").isNull() && !rowid;
    }

    /** A value for a required column, random where a UNIQUE constraint may ask for distinct rows. */
    private static String filler(JsonNode column) {
        if (column.get("enumValues").isArray()) {
            return "'" + column.get("enumValues").get(0).asText().replace("'", "''") + "'";
        }
        String type = column.get("declaredType").asText().toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return "abs(random() % 1000000000)";
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return "0.5";
        }
        if (type.contains("BLOB")) {
            return "randomblob(16)";
        }
        if (type.contains("DATE") || type.contains("TIME")) {
            return "'2024-05-01 13:45:07'";
        }
        return type.contains("JSON") ? "'{}'" : "lower(hex(randomblob(16)))";
    }
}
