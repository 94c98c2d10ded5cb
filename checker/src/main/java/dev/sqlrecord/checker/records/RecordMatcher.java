package dev.sqlrecord.checker.records;

import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.model.RowShape;
import dev.sqlrecord.checker.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Holds a user's record to a query's result columns: every column maps to exactly one component by
 * name (snake_case column, camelCase component, or {@code @Column("name")}) and back, with a type
 * that can hold its values ({@link ComponentTypes}).
 */
public final class RecordMatcher {

    /** The shape when the record fits; otherwise {@code problems} says every way in which it does not. */
    public record Match(RowShape shape, List<String> problems) {}

    private RecordMatcher() {}

    /**
     * {@link #match(RecordInfo, List, List, Function)}, or for a record with records as components
     * (embedded from a flat join, or folded), {@link EmbeddedRecords}.
     *
     * @param records the project's records, which a component may name
     */
    public static Match match(
            RecordInfo record,
            List<ResultColumn> columns,
            List<EnumInfo> userEnums,
            Function<ResultColumn, List<String>> enumValues,
            List<RecordInfo> records,
            SchemaModel schema) {
        EmbeddedRecords embedded = new EmbeddedRecords(records, schema, userEnums, enumValues);
        return embedded.embeds(record)
                ? embedded.match(record, columns)
                : match(record, columns, userEnums, enumValues);
    }

    /**
     * @param userEnums the project's enums, which a component may name for a CHECK-IN column
     * @param enumValues the values an enum-typed column allows, or null for other columns
     */
    public static Match match(
            RecordInfo record,
            List<ResultColumn> columns,
            List<EnumInfo> userEnums,
            Function<ResultColumn, List<String>> enumValues) {
        List<String> problems = new ArrayList<>();
        List<RowShape.Field> fields = new ArrayList<>();
        String where = record.simpleName() + " (" + record.file() + ":" + record.line() + ")";
        ComponentTypes types = new ComponentTypes(userEnums, enumValues);
        for (RecordInfo.Component component : record.components()) {
            List<Integer> matches = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (maps(component, columns.get(i))) {
                    matches.add(i);
                }
            }
            String named = "component '" + component.name() + "' of " + where;
            if (matches.isEmpty()) {
                problems.add(named + " has no result column; select a column named '"
                        + (component.column() != null ? component.column() : snake(component.name()))
                        + "' or remove the component");
                continue;
            }
            if (matches.size() > 1) {
                problems.add(named + " matches " + matches.size() + " result columns; give them distinct aliases");
                continue;
            }
            ResultColumn column = columns.get(matches.get(0));
            ComponentTypes.Fit fit = types.fit(component, column);
            if (fit.problem() != null) {
                problems.add(named + " is " + simple(component.type()) + " but column '" + column.name() + "' "
                        + fit.problem());
            }
            fields.add(new RowShape.Field(
                    component.name(),
                    new JavaType(component.type()),
                    matches.get(0) + 1,
                    fit.codec(),
                    fit.enumMapping()));
        }
        for (ResultColumn column : columns) {
            if (record.components().stream().noneMatch(c -> maps(c, column))) {
                problems.add("column '" + column.name() + "' has no component in " + where + "; add a component '"
                        + camel(column.name()) + "' of type "
                        + simple(column.javaType().name())
                        + " (or mark one @Column(\"" + column.name() + "\")) or leave the column out of the query");
            }
        }
        return new Match(problems.isEmpty() ? new RowShape(record.qualifiedName(), false, fields) : null, problems);
    }

    static boolean maps(RecordInfo.Component component, ResultColumn column) {
        return component.column() != null
                ? component.column().equals(column.name())
                : camel(column.name()).equals(component.name());
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

    static String simple(String type) {
        return type.replaceAll("\\b(java\\.lang|java\\.util|java\\.math|java\\.time)\\.", "")
                .replaceAll("\\b([a-z_][a-z0-9_]*\\.)+([A-Z])", "$2");
    }
}
