package dev.sqlrecord.checker.records;

import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.model.RowShape;
import dev.sqlrecord.checker.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Holds a record whose components are records to the flat columns of a join (README.md, Nested
 * results, "Embedded records"): each embedded record reads the next run of columns, as many as it
 * has components; inside a record of plain components they match by name, as for any record. An
 * {@code Optional<R>} is missing when all its columns are NULL, and a {@code List<R>} collects the
 * children of a fold, keyed by the parent's primary key.
 */
final class EmbeddedRecords {
    private static final String OPTIONAL = "java.util.Optional<";
    private static final String LIST = "java.util.List<";
    /** Deeper than this a record embeds itself, directly or not. */
    private static final int MAX_DEPTH = 16;

    private final List<RecordInfo> records;
    private final SchemaModel schema;
    private final List<EnumInfo> userEnums;
    private final Function<ResultColumn, List<String>> enumValues;

    EmbeddedRecords(
            List<RecordInfo> records,
            SchemaModel schema,
            List<EnumInfo> userEnums,
            Function<ResultColumn, List<String>> enumValues) {
        this.records = records;
        this.schema = schema;
        this.userEnums = userEnums;
        this.enumValues = enumValues;
    }

    /** Whether {@code record} has a component that is a project record (or an Optional or List of one). */
    boolean embeds(RecordInfo record) {
        return record.components().stream().anyMatch(c -> !c.json() && recordOf(c.type()) != null);
    }

    RecordMatcher.Match match(RecordInfo record, List<ResultColumn> columns) {
        List<String> problems = new ArrayList<>();
        if (embedsItself(record, 0)) {
            problems.add(where(record) + " embeds itself, directly or through another record; a flat row"
                    + " cannot hold that, read it in JSON or with a query of its own");
            return new RecordMatcher.Match(null, problems);
        }
        int width = width(record, 0);
        if (width != columns.size()) {
            problems.add(where(record) + " reads " + width + " columns (each embedded record as many as it has"
                    + " components, in component order) but the query returns " + columns.size()
                    + "; select each embedded record's columns together, in the order of the components");
            return new RecordMatcher.Match(null, problems);
        }
        RowShape shape = shape(record, columns, 0, true, problems);
        if (shape == null || !problems.isEmpty()) {
            return new RecordMatcher.Match(null, problems);
        }
        List<RowShape.Field> folded = shape.fields().stream()
                .filter(f -> f.codec() == RowShape.Codec.FOLDED)
                .toList();
        if (folded.isEmpty()) {
            return new RecordMatcher.Match(shape, problems);
        }
        List<Integer> key = foldKey(record, shape, folded.get(0), columns, problems);
        return new RecordMatcher.Match(
                problems.isEmpty() ? new RowShape(shape.recordType(), false, shape.fields(), key) : null, problems);
    }

    /** The record read from {@code columns}, which start at result column {@code base + 1}. */
    private RowShape shape(
            RecordInfo record, List<ResultColumn> columns, int base, boolean top, List<String> problems) {
        if (!embeds(record)) {
            RecordMatcher.Match leaf = RecordMatcher.match(record, columns, userEnums, enumValues);
            problems.addAll(leaf.problems());
            if (leaf.shape() == null) {
                return null;
            }
            return new RowShape(
                    leaf.shape().recordType(), false, shifted(leaf.shape().fields(), base));
        }
        ComponentTypes types = new ComponentTypes(userEnums, enumValues);
        List<RowShape.Field> fields = new ArrayList<>();
        int offset = 0;
        boolean listSeen = false;
        for (RecordInfo.Component component : record.components()) {
            RecordInfo inner = component.json() ? null : recordOf(component.type());
            String named = "component '" + component.name() + "' of " + where(record);
            if (inner == null) {
                ResultColumn column = columns.get(offset);
                if (!RecordMatcher.maps(component, column)) {
                    problems.add(named + " reads result column " + (base + offset + 1) + ", which is '"
                            + column.name() + "'; select '" + RecordMatcher.snake(component.name())
                            + "' there (or alias the column), the columns in component order");
                } else {
                    ComponentTypes.Fit fit = types.fit(component, column);
                    if (fit.problem() != null) {
                        problems.add(named + " is " + RecordMatcher.simple(component.type()) + " but column '"
                                + column.name() + "' " + fit.problem());
                    }
                    fields.add(new RowShape.Field(
                            component.name(),
                            new JavaType(component.type()),
                            base + offset + 1,
                            fit.codec(),
                            fit.enumMapping()));
                }
                offset++;
                continue;
            }
            boolean list = component.type().startsWith(LIST);
            boolean optional = list || component.type().startsWith(OPTIONAL);
            if (list && (!top || listSeen)) {
                problems.add(named + " is a List of records, which only one component of the query's own"
                        + " record may be (two would multiply each other's rows); read the others in JSON");
            }
            listSeen |= list;
            int width = width(inner, 0);
            List<ResultColumn> slice = columns.subList(offset, offset + width);
            if (optional) {
                slice = slice.stream().map(this::whenPresent).toList();
            }
            RowShape embedded = shape(inner, slice, base + offset, false, problems);
            List<Integer> required = new ArrayList<>();
            if (optional) {
                for (int i = 0; i < slice.size(); i++) {
                    if (!slice.get(i).nullable()) {
                        required.add(base + offset + i + 1);
                    }
                }
                if (required.isEmpty()) {
                    problems.add(named + " may be missing, but none of its columns is NOT NULL in its table, so a"
                            + " missing row cannot be told from a row of NULLs; select its primary key too");
                }
            }
            if (embedded != null) {
                fields.add(new RowShape.Field(
                        component.name(),
                        new JavaType(component.type()),
                        base + offset + 1,
                        list ? RowShape.Codec.FOLDED : RowShape.Codec.EMBEDDED,
                        null,
                        embedded,
                        required));
            }
            offset += width;
        }
        return new RowShape(record.qualifiedName(), false, fields);
    }

    /**
     * A column as it is when the row it comes from is there: NOT NULL in its table means it holds a
     * value then, even where an outer join makes it nullable in the result.
     */
    private ResultColumn whenPresent(ResultColumn column) {
        if (!column.nullable() || column.table() == null || column.column() == null) {
            return column;
        }
        boolean notNull = schema.table(column.table())
                .flatMap(t -> t.column(column.column()))
                .map(SchemaModel.Column::notNull)
                .orElse(false);
        return notNull
                ? new ResultColumn(
                        column.name(), column.javaType(), false, column.table(), column.column(), column.nested())
                : column;
    }

    /**
     * The columns of the parent's primary key: the parent is what is not the children, its table the
     * one its first column comes from. Without its whole key in the select list rows cannot be
     * grouped safely, so that is refused.
     */
    private List<Integer> foldKey(
            RecordInfo record,
            RowShape shape,
            RowShape.Field children,
            List<ResultColumn> columns,
            List<String> problems) {
        List<Integer> childColumns = children.columns();
        List<Integer> parentColumns = new ArrayList<>();
        for (RowShape.Field field : shape.fields()) {
            if (field.codec() != RowShape.Codec.FOLDED) {
                parentColumns.addAll(field.columns());
            }
        }
        String table = parentColumns.stream()
                .map(i -> columns.get(i - 1).table())
                .filter(t -> t != null)
                .findFirst()
                .orElse(null);
        SchemaModel.Table model = table == null ? null : schema.table(table).orElse(null);
        List<String> primaryKey = model == null
                ? List.of()
                : model.columns().stream()
                        .filter(SchemaModel.Column::primaryKey)
                        .map(SchemaModel.Column::name)
                        .toList();
        List<Integer> key = new ArrayList<>();
        for (String name : primaryKey) {
            parentColumns.stream()
                    .filter(i -> !childColumns.contains(i))
                    .filter(i -> table.equals(columns.get(i - 1).table())
                            && name.equals(columns.get(i - 1).column()))
                    .findFirst()
                    .ifPresent(key::add);
        }
        if (primaryKey.isEmpty() || key.size() != primaryKey.size()) {
            problems.add(where(record) + " folds rows into parents by the parent's primary key, "
                    + (primaryKey.isEmpty()
                            ? "but its columns come from no table with a PRIMARY KEY"
                            : "but the query does not select all of " + table + "'s (" + String.join(", ", primaryKey)
                                    + ")")
                    + "; select the parent's table with its primary key before the children's columns");
            return List.of();
        }
        return key;
    }

    private boolean embedsItself(RecordInfo record, int depth) {
        if (depth > MAX_DEPTH) {
            return true;
        }
        for (RecordInfo.Component component : record.components()) {
            RecordInfo inner = component.json() ? null : recordOf(component.type());
            if (inner != null && embedsItself(inner, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** How many result columns {@code record} reads. */
    private int width(RecordInfo record, int depth) {
        if (depth > MAX_DEPTH) {
            return 0;
        }
        int width = 0;
        for (RecordInfo.Component component : record.components()) {
            RecordInfo inner = component.json() ? null : recordOf(component.type());
            width += inner == null ? 1 : width(inner, depth + 1);
        }
        return width;
    }

    /** The project record {@code type} is, or holds in an Optional or a List; else null. */
    private RecordInfo recordOf(String type) {
        String inner = type;
        if (type.startsWith(OPTIONAL) || type.startsWith(LIST)) {
            inner = type.substring(type.indexOf('<') + 1, type.length() - 1);
        }
        String name = inner;
        return records.stream()
                .filter(r -> r.qualifiedName().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static List<RowShape.Field> shifted(List<RowShape.Field> fields, int base) {
        return fields.stream()
                .map(f -> new RowShape.Field(
                        f.component(), f.type(), f.column() + base, f.codec(), f.enumMapping(), null, List.of()))
                .toList();
    }

    private static String where(RecordInfo record) {
        return record.simpleName() + " (" + record.file() + ":" + record.line() + ")";
    }
}
