package dev.sqlrecord.checker.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.sqlrecord.checker.model.QueryKind;
import dev.sqlrecord.checker.model.QueryModel;
import dev.sqlrecord.checker.model.RowShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Javadoc of generated code, written for the person who calls it: the query's own comments,
 * its SQL as written (named parameters, the user's line breaks), and for each parameter which
 * {@code :name} it fills, the column it is for and whether it may be null.
 */
final class QueryDocs {
    /** The longest line of a wrapped block tag, so that a method's Javadoc stays within 100 columns. */
    private static final int WIDTH = 88;

    /** A name SQL needs no quotes around; compiled once (issue 20: each call compiled it). */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private QueryDocs() {}

    /** The documentation of the method that runs {@code query}; {@code javaNames} maps SQL names to Java ones. */
    static String run(QueryModel query, Map<String, String> javaNames) {
        StringBuilder doc = new StringBuilder()
                .append(query.comments().isEmpty() ? summary(query) : paragraphs(query.comments()))
                .append("\n\n")
                .append(pre(query.writtenSql()))
                .append("\n\n<p>From ")
                .append(code(query.file()))
                .append(", line ")
                .append(query.line())
                .append(".\n");
        return tags(doc, query, javaNames, returns(query)).toString();
    }

    /** The documentation of the factory of {@code query}'s statement for batches. */
    static CodeBlock statement(QueryModel query, Map<String, String> javaNames) {
        return CodeBlock.builder()
                .add(
                        "{@link #$L} as a {@link $T}, not yet run:$L{@link $T#batch}.\n",
                        query.name(),
                        TypeNames.STATEMENT,
                        query.name().length() > WIDTH - 70 ? "\nfor " : " for ",
                        TypeNames.DATABASE)
                .add(
                        "$L",
                        tags(new StringBuilder(), query, javaNames, "the statement, which runs when the batch does")
                                .toString())
                .build();
    }

    /**
     * The documentation of a generated row record: the queries that return it, and each
     * component's column as {@code columns} (those of the first such query) describe it.
     */
    static String row(RowShape row, List<QueryModel> returnedBy, List<QueryModel.ResultColumn> columns) {
        String links = returnedBy.stream()
                .map(q -> "{@link " + q.ownerClass() + "#" + q.name() + "}")
                .distinct()
                .collect(Collectors.collectingAndThen(Collectors.toList(), QueryDocs::and));
        StringBuilder doc = new StringBuilder(wrap("A row returned by " + links + ".", "")).append("\n\n");
        for (RowShape.Field field : row.fields()) {
            QueryModel.ResultColumn column = columns.get(field.column() - 1);
            doc.append(wrap("@param " + field.component() + " " + columnText(column)
                            + nullability(field.type().isPrimitive(), column.nullable())))
                    .append('\n');
        }
        return doc.toString();
    }

    /** The user's comment lines as Javadoc text: a blank line starts a new paragraph, as it would in Javadoc. */
    private static String paragraphs(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean paragraph = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                paragraph = true;
                continue;
            }
            if (text.length() > 0) {
                text.append(paragraph ? "\n\n<p>" : "\n");
            }
            text.append(plainText(line));
            paragraph = false;
        }
        return text.toString();
    }

    private static String summary(QueryModel query) {
        return switch (query.kind()) {
            case ONE ->
                "Runs {@code " + query.name() + "}: "
                        + (query.returnsRowItself() ? "exactly one row." : "at most one row.");
            case MANY -> "Runs {@code " + query.name() + "}: every matching row.";
            case EXEC -> "Runs {@code " + query.name() + "} and returns the number of rows it changed.";
            case EXECRESULT -> "Runs {@code " + query.name() + "} and returns the rows changed and the last row id.";
        };
    }

    private static StringBuilder tags(
            StringBuilder tags, QueryModel query, Map<String, String> javaNames, String returns) {
        tags.append('\n');
        for (QueryModel.Param param : query.params()) {
            tags.append(wrap("@param " + javaNames.get(param.name()) + " " + describe(param)))
                    .append('\n');
        }
        return tags.append(wrap("@return " + returns)).append('\n');
    }

    /** What a parameter fills, as Javadoc: the marker, the column it is for, and whether it may be null. */
    static String describe(QueryModel.Param param) {
        StringBuilder text = new StringBuilder(code(param.marker()));
        String column = param.table() == null ? null : code(qualified(param.table(), param.column()));
        if (param.list()) {
            text.append(", the values of its {@code IN (...)}");
            if (column != null) {
                text.append(", each for ").append(column);
            }
        } else if (column != null) {
            text.append(", for ").append(column);
        }
        if (param.jsonText()) {
            text.append(
                    param.javaType().name().equals("java.lang.String") ? ", checked to be JSON" : ", written as JSON");
        }
        return text.append(nullability(param.javaType().isPrimitive(), param.nullable()))
                .toString();
    }

    private static String returns(QueryModel query) {
        return switch (query.kind()) {
            case EXEC -> "the number of rows changed";
            case EXECRESULT -> "the number of rows changed and the id of the last row inserted";
            case ONE, MANY -> rows(query);
        };
    }

    private static String rows(QueryModel query) {
        RowShape row = query.row();
        QueryModel.ResultColumn first = query.columns().get(row.fields().get(0).column() - 1);
        boolean one = query.kind() == QueryKind.ONE;
        if (!row.isScalar()) {
            return !one
                    ? "the rows; empty when none match"
                    : query.returnsRowItself() ? "the row" : "the row; empty when none matches";
        }
        String value = "the value of " + columnText(first);
        if (!one) {
            return value + " in each row" + (first.nullable() ? ", null where it is NULL" : "")
                    + "; empty when no row matches";
        }
        return query.returnsRowItself()
                ? value
                : value + "; empty when no row matches" + (first.nullable() ? " or when it is NULL" : "");
    }

    /** A result column as its reader knows it: {@code users.email}, or its name and where it comes from. */
    private static String columnText(QueryModel.ResultColumn column) {
        String name = code(column.name());
        if (column.table() == null || column.column() == null) {
            return name;
        }
        String origin = code(qualified(column.table(), column.column()));
        return column.name().equalsIgnoreCase(column.column()) ? origin : name + ", from " + origin;
    }

    /** {@code users.email}, each name quoted as SQL would need it: {@code "line item"."order id"}. */
    private static String qualified(String table, String column) {
        return quoted(table) + "." + quoted(column);
    }

    private static String quoted(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * A block tag broken into lines of at most {@link #WIDTH} characters, the later ones indented,
     * never inside an inline tag.
     */
    static String wrap(String tag) {
        return wrap(tag, "    ");
    }

    /** {@code text} broken into lines of at most {@link #WIDTH} characters, the later ones starting with {@code indent}. */
    static String wrap(String text, String indent) {
        String tag = text;
        List<Integer> breaks = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == ' ' && depth == 0) {
                breaks.add(i);
            }
        }
        breaks.add(tag.length());
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        int previous = -1;
        for (int end : breaks) {
            if (end - lineStart > WIDTH && previous > lineStart) {
                out.append(tag, lineStart, previous).append("\n").append(indent);
                lineStart = previous + 1;
            }
            previous = end;
        }
        return out.append(tag, lineStart, tag.length()).toString();
    }

    private static String nullability(boolean primitive, boolean nullable) {
        return primitive ? "" : nullable ? "; may be null" : "; not null";
    }

    private static String and(List<String> items) {
        return items.size() == 1
                ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * SQL shown as written: inside a {@code <pre>} holding a code tag, which keeps it readable in the
     * source too, unless it holds what would end that early or be read as a tag; then as HTML.
     */
    private static String pre(String sql) {
        boolean asCode =
                literalInCode(sql) && sql.lines().noneMatch(line -> line.strip().startsWith("@"));
        return asCode ? "<pre>{@code\n" + sql + "\n}</pre>" : "<pre>\n" + plainText(sql) + "\n</pre>";
    }

    /** A name or marker in code font: a code tag, or HTML {@code <code>} when braces would confuse it. */
    private static String code(String text) {
        return literalInCode(text) && !text.contains("\n")
                ? "{@code " + text + "}"
                : "<code>" + plainText(text) + "</code>";
    }

    /**
     * Whether a code tag around {@code text} shows it as it is: balanced braces, nothing that ends the
     * comment, no backslash (a unicode escape to the compiler).
     */
    private static boolean literalInCode(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0 && !text.contains("*/") && !text.contains("\\");
    }

    /**
     * Text (SQL, the user's comments) shown as it is in Javadoc HTML: no markup, no tag, nothing
     * that ends the comment, no backslash the compiler would read as a unicode escape.
     */
    static String plainText(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("@", "&#64;")
                .replace("*/", "*&#47;")
                .replace("\\", "&#92;");
    }
}
