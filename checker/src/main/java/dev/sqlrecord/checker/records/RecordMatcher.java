package dev.sqlrecord.checker.records;

import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.model.RowShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Holds a user's record to a query's result columns: every column maps to exactly one component by
 * name (snake_case column, camelCase component) and back, with a type that can hold its values.
 */
public final class RecordMatcher {
    private static final Set<String> INTEGER_HOLDERS = Set.of(
            "long", "java.lang.Long", "int", "java.lang.Integer", "boolean", "java.lang.Boolean");

    /** The shape when the record fits; otherwise {@code problems} says every way in which it does not. */
    public record Match(RowShape shape, List<String> problems) {}

    private RecordMatcher() {}

    public static Match match(RecordInfo record, List<ResultColumn> columns) {
        List<String> problems = new ArrayList<>();
        List<RowShape.Field> fields = new ArrayList<>();
        String where = record.simpleName() + " (" + record.file() + ":" + record.line() + ")";
        for (RecordInfo.Component component : record.components()) {
            List<Integer> matches = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (camel(columns.get(i).name()).equals(component.name())) {
                    matches.add(i);
                }
            }
            if (matches.isEmpty()) {
                problems.add("component '" + component.name() + "' of " + where + " has no result column; select a column named '"
                        + snake(component.name()) + "' or remove the component");
                continue;
            }
            if (matches.size() > 1) {
                problems.add("component '" + component.name() + "' of " + where + " matches " + matches.size()
                        + " result columns; give them distinct aliases");
                continue;
            }
            ResultColumn column = columns.get(matches.get(0));
            String problem = incompatibility(column, component.type());
            if (problem != null) {
                problems.add("component '" + component.name() + "' of " + where + " is " + simple(component.type())
                        + " but column '" + column.name() + "' " + problem);
            }
            fields.add(new RowShape.Field(component.name(), new JavaType(component.type()), matches.get(0) + 1));
        }
        for (ResultColumn column : columns) {
            boolean mapped = record.components().stream().anyMatch(c -> c.name().equals(camel(column.name())));
            if (!mapped) {
                problems.add("column '" + column.name() + "' has no component in " + where + "; add a component '"
                        + camel(column.name()) + "' of type " + simple(column.javaType().name())
                        + " or leave the column out of the query");
            }
        }
        return new Match(problems.isEmpty() ? new RowShape(record.qualifiedName(), false, fields) : null, problems);
    }

    /** Why a component of type {@code type} cannot hold the column's values, or null when it can. */
    static String incompatibility(ResultColumn column, String type) {
        JavaType expected = column.javaType();
        if (type.startsWith("java.util.Optional<")) {
            String inner = type.substring("java.util.Optional<".length(), type.length() - 1);
            return incompatibility(new ResultColumn(column.name(), expected.boxed(), false, null, null), inner);
        }
        boolean primitive = new JavaType(type).isPrimitive();
        if (primitive && column.nullable()) {
            return "may be NULL; use " + simple(new JavaType(type).boxed().name()) + " or Optional<"
                    + simple(new JavaType(type).boxed().name()) + ">";
        }
        if (type.equals(expected.name()) || type.equals(expected.boxed().name()) || expected.equals(JavaType.OBJECT)) {
            return null;
        }
        if (INTEGER_HOLDERS.contains(expected.name()) && INTEGER_HOLDERS.contains(type)) {
            return null;
        }
        return "holds " + simple(expected.name()) + (column.nullable() ? " (nullable)" : "");
    }

    /** {@code author_name} → {@code authorName}; a name already in camelCase stays as it is. */
    public static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_' || c == ' ' || c == '-') {
                upper = out.length() > 0;
            } else if (Character.isJavaIdentifierPart(c)) {
                out.append(upper ? Character.toUpperCase(c) : out.length() == 0 ? Character.toLowerCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static String snake(String component) {
        return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String simple(String type) {
        return type.replace("java.lang.", "").replace("java.util.", "").replace("java.math.", "");
    }
}
