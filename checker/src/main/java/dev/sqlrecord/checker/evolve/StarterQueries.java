package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.checker.analyze.ResultMapping;
import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.checker.records.RecordMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * The queries {@code pull} starts a table with (get by key, list a page in key order, insert,
 * delete by key) and, given a package, the record they read rows into. The key is the primary key,
 * else the rowid. Generated columns are read, never inserted.
 */
final class StarterQueries {
    private final String packageName;
    private final SchemaSnapshot live;

    StarterQueries(String packageName, SchemaSnapshot live) {
        this.packageName = packageName;
        this.live = live;
    }

    static String fileName(String table) {
        return table.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
    }

    static String recordName(String table) {
        return ResultMapping.pascal(table);
    }

    /** The starter queries of a table, or null when it has no key to get a row by. */
    String queries(SchemaModel.Table table) {
        List<String> key = key(table);
        if (key.isEmpty()) {
            return null;
        }
        Set<String> generated = live.table(table.name()).orElseThrow().columns().stream()
                .filter(c -> c.generated() != null)
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<SchemaModel.Column> visible =
                table.columns().stream().filter(c -> !c.hidden()).toList();
        String pascal = recordName(table.name());
        String into = packageName == null ? "" : " -> " + pascal;
        String name = SqlText.quote(table.name());
        String columns = visible.stream().map(c -> SqlText.quote(c.name())).collect(Collectors.joining(", "));
        String where = key.stream().map(k -> quoteKey(k) + " = :" + param(k)).collect(Collectors.joining(" AND "));
        List<SchemaModel.Column> inserted = visible.stream()
                .filter(c -> !generated.contains(c.name().toLowerCase(Locale.ROOT)))
                .toList();
        StringBuilder sql = new StringBuilder();
        sql.append("-- name: get").append(pascal).append(" :one").append(into).append('\n');
        sql.append("SELECT ")
                .append(columns)
                .append(" FROM ")
                .append(name)
                .append(" WHERE ")
                .append(where)
                .append(";\n\n");
        sql.append("-- name: list").append(pascal).append(" :many").append(into).append('\n');
        sql.append("SELECT ")
                .append(columns)
                .append(" FROM ")
                .append(name)
                .append(" ORDER BY ")
                .append(key.stream().map(StarterQueries::quoteKey).collect(Collectors.joining(", ")))
                .append(" LIMIT :limit OFFSET :offset;\n\n");
        sql.append("-- name: insert").append(pascal).append(" :exec\n");
        sql.append("INSERT INTO ")
                .append(name)
                .append(" (")
                .append(inserted.stream().map(c -> SqlText.quote(c.name())).collect(Collectors.joining(", ")))
                .append(") VALUES (")
                .append(inserted.stream().map(c -> ":" + param(c.name())).collect(Collectors.joining(", ")))
                .append(");\n\n");
        sql.append("-- name: delete").append(pascal).append(" :exec\n");
        sql.append("DELETE FROM ").append(name).append(" WHERE ").append(where).append(";\n");
        return sql.toString();
    }

    /** The record a row of the table is read into: one component per column, typed as the checker types it. */
    String record(SchemaModel.Table table) {
        List<String> components = new ArrayList<>();
        for (SchemaModel.Column c : table.columns()) {
            if (c.hidden()) {
                continue;
            }
            String camel = RecordMatcher.camel(c.name());
            String component = SourceVersion.isKeyword(camel) ? camel + "_" : camel;
            components.add(JavaType.of(SqlType.fromDeclared(c.declaredType()), !c.notNull())
                            .name() + " " + component);
        }
        return "package " + packageName + ";\n\n/** A row of table " + table.name()
                + " (written by sqlrecord pull). */\n"
                + "public record " + recordName(table.name()) + "(\n        " + String.join(",\n        ", components)
                + ") {}\n";
    }

    /** The primary key's columns in key order, else the rowid. */
    private List<String> key(SchemaModel.Table table) {
        List<String> primary = live.table(table.name()).orElseThrow().columns().stream()
                .filter(c -> c.primaryKey() > 0)
                .sorted(java.util.Comparator.comparingInt(SchemaSnapshot.ColumnFacts::primaryKey))
                .map(SchemaSnapshot.ColumnFacts::name)
                .toList();
        if (!primary.isEmpty()) {
            return primary;
        }
        return table.rowidKey() ? List.of("rowid") : List.of();
    }

    private static String quoteKey(String column) {
        return column.equals("rowid") ? column : SqlText.quote(column);
    }

    /** A parameter name from a column name: the name itself where it is a plain identifier. */
    private static String param(String column) {
        String plain = column.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isDigit(plain.charAt(0)) ? "p" + plain : plain;
    }
}
