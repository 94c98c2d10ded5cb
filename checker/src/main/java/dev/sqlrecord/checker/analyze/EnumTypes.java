package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.EnumMapping;
import dev.sqlrecord.checker.model.EnumModel;
import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.QueryModel;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.model.RowShape;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.checker.records.EnumInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enum a TEXT column with {@code CHECK (col IN ('a', 'b'))} stands for (README.md, Types): the user's
 * own enum when exactly one in the project fits the allowed values both ways, else one we generate,
 * named after table and column ({@code posts.status} → {@code PostsStatus}); so every query that
 * reads or writes the column, parameters too, shares one type.
 */
public final class EnumTypes {
    private final String packageName;
    private final SchemaModel schema;
    private final List<EnumInfo> userEnums;
    private final Map<String, EnumModel> byType = new LinkedHashMap<>();
    private final Map<String, List<String>> userValues = new LinkedHashMap<>();
    /** Every generated enum {@link #of} gave, in order: what an incremental check replays (docs/ARCHITECTURE.md §8). */
    private final List<EnumModel> given = new ArrayList<>();

    public EnumTypes(String packageName, SchemaModel schema, List<EnumInfo> userEnums) {
        this.userEnums = userEnums;
        this.packageName = packageName;
        this.schema = schema;
    }

    /** The enum for a value of {@code type} that is a plain reference to {@code table.column}, or null. */
    JavaType of(SqlType type, String table, String column) {
        if (type != SqlType.TEXT || table == null || column == null) {
            return null;
        }
        SchemaModel.Column col =
                schema.table(table).flatMap(t -> t.column(column)).orElse(null);
        if (col == null || col.enumValues() == null || col.enumValues().isEmpty()) {
            return null;
        }
        List<EnumInfo> fitting =
                userEnums.stream().filter(e -> e.fits(col.enumValues())).toList();
        if (fitting.size() == 1) {
            userValues.putIfAbsent(fitting.get(0).qualifiedName(), col.enumValues());
            return new JavaType(fitting.get(0).qualifiedName());
        }
        String simple = ResultMapping.pascal(table) + ResultMapping.pascal(column);
        String name = packageName.isEmpty() ? simple : packageName + "." + simple;
        EnumModel model = new EnumModel(name, table, column, col.enumValues());
        byType.putIfAbsent(name, model);
        given.add(model);
        return new JavaType(name);
    }

    /**
     * The values {@code column} allows when its type is an enum, else null. Its own values: one user
     * enum may stand for two columns that spell them differently ({@code 'draft'}, {@code 'DRAFT'}).
     */
    public List<String> values(ResultColumn column) {
        if (values(column.javaType().name()) == null || column.table() == null || column.column() == null) {
            return null;
        }
        return schema.table(column.table())
                .flatMap(t -> t.column(column.column()))
                .map(SchemaModel.Column::enumValues)
                .orElse(null);
    }

    /**
     * How the constants of {@code type}, an enum {@link #of} gave for {@code table.column}, stand for
     * that column's text; null when {@code type} is not such an enum.
     */
    public EnumMapping mapping(JavaType type, String table, String column) {
        SchemaModel.Column col = table == null || column == null
                ? null
                : schema.table(table).flatMap(t -> t.column(column)).orElse(null);
        if (col == null || col.enumValues() == null) {
            return null;
        }
        if (byType.containsKey(type.name())) {
            return EnumMapping.generated(type.name(), table, column);
        }
        return userEnums.stream()
                .filter(e -> e.qualifiedName().equals(type.name()))
                .findFirst()
                .map(e -> e.mappingTo(table, column, col.enumValues()))
                .orElse(null);
    }

    /** The allowed values behind an enum type a column stands for, or null when {@code type} is not one. */
    public List<String> values(String type) {
        EnumModel model = byType.get(type);
        return model != null ? model.values() : userValues.get(type);
    }

    /** How many generated enums {@link #of} has given so far; a mark for {@link #givenSince}. */
    public int givenCount() {
        return given.size();
    }

    /** The generated enums {@link #of} gave since {@code mark}, in order, repeats included. */
    public List<EnumModel> givenSince(int mark) {
        return List.copyOf(given.subList(mark, given.size()));
    }

    /** Takes enums as if {@link #of} had given them: an incremental check's replay of a file it did not analyse again. */
    public void adopt(List<EnumModel> models) {
        for (EnumModel model : models) {
            byType.putIfAbsent(model.javaType(), model);
            given.add(model);
        }
    }

    /** The enums the checked queries' parameters and generated rows actually use: those to generate. */
    public List<EnumModel> used(List<QueryModel> queries) {
        Set<String> types = new HashSet<>();
        for (QueryModel query : queries) {
            query.params().forEach(p -> types.add(p.javaType().name()));
            RowShape row = query.row();
            if (row != null && (row.generated() || row.isScalar())) {
                row.fields().forEach(f -> types.add(f.type().name()));
            }
        }
        // One pass over the types, not one per enum: 200 enums × 5,000 types was a cold check's top cost.
        Set<String> elements = new HashSet<>();
        for (String type : types) {
            for (int open = type.indexOf('<'); open >= 0; open = type.indexOf('<', open + 1)) {
                int close = type.indexOf('>', open);
                if (close > open) {
                    elements.add(type.substring(open + 1, close));
                }
            }
        }
        return byType.values().stream()
                .filter(e -> types.contains(e.javaType()) || elements.contains(e.javaType()))
                .toList();
    }
}
