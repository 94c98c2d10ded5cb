package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.model.EnumMapping;
import dev.sqlrecord.checker.model.NestedShape;
import dev.sqlrecord.checker.model.QueryKind;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.model.RowShape;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.parse.NamedQuery;
import dev.sqlrecord.checker.records.EnumInfo;
import dev.sqlrecord.checker.records.RecordInfo;
import dev.sqlrecord.checker.records.RecordMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Decides what Java type a query's rows become (README.md, Query files): the record the annotation names, the
 * scalar of a one-column result, the table's row record for {@code SELECT *} of one table, or a
 * record named after the query.
 */
public final class ResultMapping {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String packageName;
    private final SchemaModel schema;
    private final List<RecordInfo> records;
    /** Java files javac could not parse: their records' mismatches would only echo that error. */
    private final Set<String> unparsableRecordFiles;
    /** Each record mismatch as found, query by query, reported by {@link #reportRecordProblems}. */
    private final List<RecordProblem> recordProblems = new ArrayList<>();

    private final List<EnumInfo> userEnums;
    private final EnumTypes enums;
    private final Diagnostics diagnostics;

    /**
     * A record mismatch found in one query, before {@link #reportRecordProblems} decides where it is
     * reported; kept by an incremental check with the query's file (docs/ARCHITECTURE.md §8).
     *
     * @param file, line, column, length where the query's {@code -> Record} is
     */
    public record RecordProblem(
            String problem, String file, int line, int column, int length, String query, RecordInfo record) {}

    public ResultMapping(
            String packageName,
            SchemaModel schema,
            List<RecordInfo> records,
            List<EnumInfo> userEnums,
            EnumTypes enums,
            Diagnostics diagnostics,
            Set<String> unparsableRecordFiles) {
        this.unparsableRecordFiles = unparsableRecordFiles;
        this.userEnums = userEnums;
        this.enums = enums;
        this.packageName = packageName;
        this.schema = schema;
        this.records = records;
        this.diagnostics = diagnostics;
    }

    /** The row shape, or null for queries that return no rows or after reporting why none fits. */
    public RowShape shape(NamedQuery query, List<ResultColumn> columns) {
        if (!query.kind().returnsRows()) {
            return null;
        }
        String file = query.file().display();
        if (columns.isEmpty()) {
            diagnostics.error(
                    file,
                    query.line(),
                    1,
                    1,
                    "no-result-columns",
                    "query '" + query.name() + "' is :" + query.kind().label()
                            + " but returns no columns; use :exec, or add RETURNING");
            return null;
        }
        boolean nested = columns.stream().anyMatch(c -> c.nested() != null);
        if (query.recordType() != null && nested) {
            diagnostics.error(
                    file,
                    query.line(),
                    query.recordColumn(),
                    query.recordType().length(),
                    "nested-user-record",
                    "query '" + query.name() + "' has a column built in JSON, which is read into records"
                            + " sqlrecord generates; drop '-> " + query.recordType() + "' to use them");
            return null;
        }
        if (query.recordType() != null) {
            return userRecord(query, columns);
        }
        if (columns.size() == 1 && !nested) {
            ResultColumn only = columns.get(0);
            return RowShape.scalar(field(only.name(), only, 1));
        }
        String table = wholeTable(columns);
        String name = table != null ? pascal(table) + "Row" : pascal(query.name()) + "Row";
        return generated(query, columns, name);
    }

    private RowShape userRecord(NamedQuery query, List<ResultColumn> columns) {
        String wanted = query.recordType();
        List<RecordInfo> found = records.stream()
                .filter(r -> wanted.contains(".")
                        ? r.qualifiedName().equals(wanted)
                        : r.simpleName().equals(wanted))
                .toList();
        String file = query.file().display();
        if (found.size() != 1) {
            String message = found.isEmpty()
                    ? "no record named " + wanted + " in the project's sources; declare it, or fix the name after '->'"
                    : "record name " + wanted + " is ambiguous ("
                            + String.join(
                                    ", ",
                                    found.stream()
                                            .map(RecordInfo::qualifiedName)
                                            .toList()) + "); write the qualified name";
            diagnostics.error(
                    file,
                    query.line(),
                    query.recordColumn(),
                    wanted.length(),
                    found.isEmpty() ? "unknown-record" : "ambiguous-record",
                    message);
            return null;
        }
        if (unparsableRecordFiles.contains(found.get(0).file())) {
            return null; // the Java error is reported where it is
        }
        RecordMatcher.Match match =
                RecordMatcher.match(found.get(0), columns, userEnums, enums::values, records, schema);
        if (match.shape() != null && match.shape().folds() && query.kind() != QueryKind.MANY) {
            diagnostics.error(
                    file,
                    query.line(),
                    query.recordColumn(),
                    wanted.length(),
                    "fold-not-many",
                    "record " + wanted + " folds rows into parents with a List of children, which needs all the"
                            + " rows: annotate query '" + query.name() + "' :many");
            return null;
        }
        for (String problem : match.problems()) {
            recordProblems.add(new RecordProblem(
                    problem,
                    file,
                    query.line(),
                    query.recordColumn(),
                    query.recordType().length(),
                    query.name(),
                    found.get(0)));
        }
        return match.shape();
    }

    /** How many record mismatches were found so far; a mark for {@link #recordProblemsSince}. */
    public int recordProblemCount() {
        return recordProblems.size();
    }

    /** The record mismatches found since {@code mark}, in order. */
    public List<RecordProblem> recordProblemsSince(int mark) {
        return List.copyOf(recordProblems.subList(mark, recordProblems.size()));
    }

    /** Takes mismatches as if found here: an incremental check's replay of a file it did not analyse again. */
    public void adopt(List<RecordProblem> problems) {
        recordProblems.addAll(problems);
    }

    /**
     * Reports each record mismatch once: at the query's {@code -> Record} when one query has it, at
     * the record when several do (a wrong component is the record's problem, not each query's).
     */
    public void reportRecordProblems() {
        Map<String, List<RecordProblem>> byProblem = new LinkedHashMap<>();
        recordProblems.forEach(p ->
                byProblem.computeIfAbsent(p.problem(), k -> new ArrayList<>()).add(p));
        byProblem.forEach((problem, found) -> {
            RecordProblem first = found.get(0);
            if (found.size() == 1) {
                diagnostics.error(
                        first.file(), first.line(), first.column(), first.length(), "record-mismatch", problem);
                return;
            }
            RecordInfo record = found.get(found.size() - 1).record();
            diagnostics.error(
                    record.file(),
                    record.line(),
                    0,
                    1,
                    "record-mismatch",
                    problem + " (in queries "
                            + String.join(
                                    ", ",
                                    found.stream()
                                            .map(RecordProblem::query)
                                            .distinct()
                                            .toList()) + ")");
        });
        recordProblems.clear();
    }

    /**
     * The columns with the records of those built in JSON named: nested in the query's row record,
     * after the component that holds them ({@code comments} gives {@code ...Row.CommentsItem} for a
     * list, {@code author} gives {@code ...Row.Author} for one object).
     */
    public List<ResultColumn> namedNested(NamedQuery query, List<ResultColumn> columns) {
        if (columns.stream().noneMatch(c -> c.nested() != null)) {
            return columns;
        }
        String simple = pascal(query.name()) + "Row";
        String row = packageName.isEmpty() ? simple : packageName + "." + simple;
        List<ResultColumn> named = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn c = columns.get(i);
            if (c.nested() == null) {
                named.add(c);
                continue;
            }
            boolean plain = PLAIN_NAME.matcher(c.name()).matches();
            String component = component(plain ? c.name() : c.name().replaceAll("[^A-Za-z0-9]+", "_"), i);
            NestedShape shape = c.nested().named(row + "." + NestedShape.recordName(component, c.nested()));
            named.add(new ResultColumn(c.name(), shape.javaType(), c.nullable(), null, null, shape));
        }
        return named;
    }

    /**
     * The record generated for a query's columns. A column that cannot name a component as it is
     * (an unaliased expression, a name that comes twice) gets one made from it, the same on every
     * build, with a warning that says which: from the letters and digits of its text (length(name)
     * gives lengthName), and after a name already taken, with its position (id, then id2).
     */
    private RowShape generated(NamedQuery query, List<ResultColumn> columns, String simpleName) {
        List<RowShape.Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn column = columns.get(i);
            boolean plain = PLAIN_NAME.matcher(column.name()).matches();
            String component = component(plain ? column.name() : column.name().replaceAll("[^A-Za-z0-9]+", "_"), i);
            String problem = plain ? null : "is not a plain name";
            if (!seen.add(component)) {
                component = DuplicateColumnNames.name(
                        query, column, i, component, seen, ResultMapping::component, diagnostics);
                problem = null; // said by DuplicateColumnNames
            }
            if (problem != null) {
                diagnostics.add(new Diagnostic(
                        query.file().display(),
                        query.line(),
                        1,
                        1,
                        Severity.WARNING,
                        "bad-column-name",
                        "result column '" + column.name() + "' of query '" + query.name() + "' " + problem
                                + ", so its record component is named " + component
                                + "; give the column an alias (AS some_name) to choose the name"));
            }
            fields.add(field(component, column, i + 1));
        }
        String qualified = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
        return new RowShape(qualified, true, fields);
    }

    /**
     * A component name for {@code name}: camel case, {@code columnN} when nothing of it is left or it
     * starts with a digit; a Java keyword gets a trailing {@code _} ('SELECT *' of a table with a
     * column named 'public' cannot be aliased), as parameters do.
     */
    private static String component(String name, int index) {
        String camel = RecordMatcher.camel(name.replaceAll("^_+|_+$", ""));
        if (camel.isEmpty() || !Character.isJavaIdentifierStart(camel.charAt(0))) {
            camel = "column" + (index + 1);
        }
        return SourceVersion.isKeyword(camel) ? camel + "_" : camel;
    }

    private RowShape.Field field(String component, ResultColumn column, int index) {
        if (column.nested() != null) {
            return new RowShape.Field(component, column.javaType(), index, RowShape.Codec.NESTED, null);
        }
        EnumMapping mapping = enums.mapping(column.javaType(), column.table(), column.column());
        return new RowShape.Field(
                component, column.javaType(), index, mapping != null ? RowShape.Codec.ENUM : null, mapping);
    }

    /**
     * The table whose every column, in order, under its own name and as declared, makes up the
     * result; else null. Aliased columns name other components, so they get a record of their own.
     */
    private String wholeTable(List<ResultColumn> columns) {
        String table = columns.get(0).table();
        SchemaModel.Table model = table == null ? null : schema.table(table).orElse(null);
        if (model == null || model.view()) {
            return null;
        }
        List<SchemaModel.Column> visible =
                model.columns().stream().filter(c -> !c.hidden()).toList();
        if (visible.size() != columns.size()) {
            return null;
        }
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn c = columns.get(i);
            if (!table.equals(c.table())
                    || !visible.get(i).name().equals(c.column())
                    || !c.column().equals(c.name())
                    || c.nullable() == visible.get(i).notNull()) {
                return null;
            }
        }
        return model.name();
    }

    /** {@code blog_posts} → {@code BlogPosts}, {@code listRecent} → {@code ListRecent}. */
    public static String pascal(String name) {
        String camel = RecordMatcher.camel(name);
        return camel.isEmpty() ? "Unnamed" : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }
}
