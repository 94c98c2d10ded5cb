package dev.sqlrecord.checker.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query file the enum round trip adds to a case: for the {@code n}-th column with
 * {@code CHECK (col IN (...))}, a write of the enum ({@code write<n>}, also as a batch statement),
 * a read of the column ({@code read<n>}), a filter by it ({@code filter<n>}) and by a list of it
 * ({@code filterIn<n>}), the stored text ({@code stored<n>}) and a delete of every row ({@code clear<n>}).
 * A required foreign key takes a row of its parent, which {@code seed<k>} writes first (parents of
 * parents before them).
 */
public final class EnumColumnQueries {
    /** A column with CHECK IN values, in the order of the CHECK. */
    public record EnumColumn(String table, String column, List<String> values, boolean nullable) {}

    private final List<EnumColumn> columns = new ArrayList<>();
    private final StringBuilder sql = new StringBuilder();
    private final Map<String, JsonNode> tables = new HashMap<>();
    private final Set<String> seeded = new HashSet<>();
    private int seeds;

    /** Every CHECK-IN column of the tables of a case's {@code model.json}. */
    public static EnumColumnQueries of(JsonNode model) {
        EnumColumnQueries out = new EnumColumnQueries();
        model.get("tables").forEach(t -> out.tables.put(t.get("name").asText(), t));
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

    /** How many {@code seed<k>} queries must run, in order, before the writes. */
    public int seeds() {
        return seeds;
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
        requiredValues(table, c, names, exprs);
        sql.append("-- name: write")
                .append(n)
                .append(" :exec\n")
                .append("INSERT INTO ")
                .append(t)
                .append(" (")
                .append(String.join(", ", names))
                .append(") VALUES (")
                .append(String.join(", ", exprs))
                .append(");\n\n")
                .append("-- name: read")
                .append(n)
                .append(" :many\nSELECT ")
                .append(c)
                .append(" FROM ")
                .append(t)
                .append(";\n\n")
                .append("-- name: filter")
                .append(n)
                .append(" :many\nSELECT ")
                .append(c)
                .append(" FROM ")
                .append(t)
                .append(" WHERE ")
                .append(c)
                .append(" = :value;\n\n")
                .append("-- name: filterIn")
                .append(n)
                .append(" :many\nSELECT ")
                .append(c)
                .append(" FROM ")
                .append(t)
                .append(" WHERE ")
                .append(c)
                .append(" IN (:values);\n\n")
                .append("-- name: stored")
                .append(n)
                .append(" :many\nSELECT CAST(")
                .append(c)
                .append(" AS TEXT) AS stored FROM ")
                .append(t)
                .append(";\n\n")
                .append("-- name: clear")
                .append(n)
                .append(" :exec\nDELETE FROM ")
                .append(t)
                .append(" WHERE 1;\n\n");
    }

    /** The required columns of {@code table} but {@code except}, and a value for each. */
    private void requiredValues(JsonNode table, String except, List<String> names, List<String> exprs) {
        for (JsonNode other : table.get("columns")) {
            String name = other.get("name").asText();
            if (required(other) && !name.equals(except)) {
                names.add(name);
                JsonNode key = parentKey(table, name);
                exprs.add(key == null ? filler(other) : parentRow(key));
            }
        }
    }

    /** The single-column foreign key of {@code column}, if any. */
    private static JsonNode parentKey(JsonNode table, String column) {
        for (JsonNode key : table.get("foreignKeys")) {
            if (key.get("columns").size() == 1
                    && key.get("columns").get(0).asText().equals(column)) {
                return key;
            }
        }
        return null;
    }

    /** A subquery taking the referenced value of a parent row, which a seed query writes first. */
    private String parentRow(JsonNode key) {
        String parent = key.get("table").asText();
        JsonNode referenced = key.get("referencedColumns");
        String column = referenced.isArray() && referenced.size() == 1
                ? referenced.get(0).asText()
                : "rowid";
        if (seeded.add(parent) && tables.containsKey(parent)) {
            List<String> names = new ArrayList<>();
            List<String> exprs = new ArrayList<>();
            requiredValues(tables.get(parent), null, names, exprs); // its own parents are seeded first
            sql.append("-- name: seed")
                    .append(seeds++)
                    .append(" :exec\n")
                    .append("INSERT INTO ")
                    .append(parent)
                    .append(
                            names.isEmpty()
                                    ? " DEFAULT VALUES"
                                    : " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", exprs) + ")")
                    .append(";\n\n");
        }
        return "(SELECT " + column + " FROM " + parent + " LIMIT 1)";
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
