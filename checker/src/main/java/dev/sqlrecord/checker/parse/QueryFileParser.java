package dev.sqlrecord.checker.parse;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.model.QueryKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * Splits a query file into its named queries (README.md, Query files):
 *
 * <pre>
 * -- name: findUserByEmail :one -> User
 * SELECT * FROM users WHERE email = :email;
 * </pre>
 */
public final class QueryFileParser {
    /** A CREATE statement: TABLE, INDEX, VIEW, TRIGGER, VIRTUAL TABLE. */
    private static final Pattern CREATE = Pattern.compile("(?is)\\s*CREATE\\s.*");

    private static final Pattern LINE_ANNOTATION = Pattern.compile("^\\s*--\\s*name:(.*)$");
    // sqlc's other form; the block must stand alone on its line, like the line comment.
    private static final Pattern BLOCK_ANNOTATION = Pattern.compile("^\\s*/\\*\\s*name:(.*?)\\*/\\s*$");
    private static final Pattern BLOCK_ANNOTATION_START = Pattern.compile("/\\*\\s*name:");
    private static final Pattern PARTS = Pattern.compile("^\\s*(\\S+)\\s+:(\\S+)(?:\\s*->\\s*(\\S+))?\\s*$");

    private final Diagnostics diagnostics;
    private final Set<NamedQuery> duplicates = new HashSet<>();

    public QueryFileParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The query files of a folder: every {@code .sql} file under it, in path order; none when it is missing. */
    public static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".sql"))
                    .sorted()
                    .toList();
        }
    }

    public List<NamedQuery> parse(SourceFile file) {
        diagnostics.source(file.display(), file.text());
        String[] lines = file.text().split("\n", -1);
        List<NamedQuery> queries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        reportMisplacedBlockAnnotations(file, lines);
        int i = 0;
        int first = 0;
        while (first < lines.length && annotationOf(lines[first]) == null) {
            first++;
        }
        boolean reported = schemaBeforeQueries(file, lines, first);
        while (i < lines.length && annotationOf(lines[i]) == null) {
            if (!reported && !isBlankOrComment(lines[i])) {
                diagnostics.error(
                        file.display(),
                        i + 1,
                        firstNonBlank(lines[i]),
                        lines[i].strip().length(),
                        "missing-annotation",
                        "SQL outside a named query; start each query with a line '-- name: <method> :one|:many|:exec|:execresult'");
                reported = true;
            }
            i++;
        }
        while (i < lines.length) {
            int annotationLine = i;
            int end = i + 1;
            while (end < lines.length && annotationOf(lines[end]) == null) {
                end++;
            }
            String body = String.join("\n", java.util.Arrays.asList(lines).subList(annotationLine + 1, end));
            NamedQuery query = annotation(
                    file, lines[annotationLine], annotationLine + 1, body, commentsAbove(lines, annotationLine));
            if (query != null) {
                if (!names.add(query.name())) {
                    diagnostics.error(
                            file.display(),
                            query.line(),
                            column(lines[annotationLine], query.name()),
                            query.name().length(),
                            "duplicate-query",
                            "a query named '" + query.name() + "' is already defined in this file");
                    // Still checked, so that its own mistakes show now rather than after the rename.
                    duplicates.add(query);
                }
                if (body.lines().allMatch(QueryFileParser::isBlankOrComment)) {
                    diagnostics.error(
                            file.display(),
                            query.line(),
                            1,
                            lines[annotationLine].length(),
                            "empty-query",
                            "query '" + query.name() + "' has no SQL statement after its annotation");
                } else {
                    queries.add(query);
                }
            }
            i = end;
        }
        return queries;
    }

    /** True for a query {@link #parse} returned to be checked, though its name is taken: generate nothing for it. */
    public boolean isDuplicate(NamedQuery query) {
        return duplicates.contains(query);
    }

    /**
     * The {@code --} lines right above line {@code index}, without their {@code --}; blank ones at
     * either end dropped. A blank line ends them: a comment separated from the query is not about it.
     */
    private static List<String> commentsAbove(String[] lines, int index) {
        int first = index;
        while (first > 0 && lines[first - 1].strip().startsWith("--") && annotationOf(lines[first - 1]) == null) {
            first--;
        }
        List<String> comments = new ArrayList<>();
        for (int i = first; i < index; i++) {
            comments.add(lines[i].strip().substring(2).strip());
        }
        while (!comments.isEmpty() && comments.get(0).isEmpty()) {
            comments.remove(0);
        }
        while (!comments.isEmpty() && comments.get(comments.size() - 1).isEmpty()) {
            comments.remove(comments.size() - 1);
        }
        return comments;
    }

    private NamedQuery annotation(SourceFile file, String text, int line, String body, List<String> comments) {
        Matcher annotation = annotationOf(text);
        Matcher parts = PARTS.matcher(annotation.group(1));
        int column = firstNonBlank(annotation.group(1)) + annotation.start(1);
        if (!parts.matches()) {
            return bad(
                    file,
                    line,
                    column,
                    text,
                    "expected '-- name: <method> :one|:many|:exec|:execresult [-> RecordType]'");
        }
        String method = lowerFirst(parts.group(1));
        if (!SourceVersion.isIdentifier(method) || SourceVersion.isKeyword(method)) {
            return bad(
                    file,
                    line,
                    column(text, parts.group(1)),
                    parts.group(1),
                    "'" + parts.group(1) + "' is not a valid Java method name");
        }
        String refusal = SqlcKinds.refusal(parts.group(2));
        if (refusal != null) {
            return bad(file, line, column(text, ":" + parts.group(2)), ":" + parts.group(2), refusal);
        }
        QueryKind kind = SqlcKinds.kind(parts.group(2));
        if (kind == null) {
            return bad(
                    file,
                    line,
                    column(text, ":" + parts.group(2)),
                    ":" + parts.group(2),
                    "unknown query kind ':" + parts.group(2) + "'; expected :one, :many, :exec or :execresult");
        }
        String record = parts.group(3);
        int recordColumn = record == null ? 0 : text.lastIndexOf(record) + 1;
        if (record != null && !SourceVersion.isName(record)) {
            return bad(file, line, recordColumn, record, "'" + record + "' is not a valid Java type name");
        }
        if (record != null && !kind.returnsRows()) {
            return bad(
                    file,
                    line,
                    recordColumn,
                    record,
                    "':" + kind.label() + "' returns no rows, so it cannot map to " + record);
        }
        TextPosition sqlStart = new TextPosition(line + 1, 1);
        SqlcMacros.Rewritten sql = SqlcMacros.rewrite(body, sqlStart, file.display(), diagnostics);
        if (sql == null) {
            return null;
        }
        return new NamedQuery(
                file, line, method, kind, record, recordColumn, sql.sql(), sqlStart, comments, sql.marks());
    }

    /**
     * sqlc reads a query file that also holds the schema (its {@code schema} and {@code queries}
     * naming one file): CREATE statements before the first query. Here the schema is the
     * migrations', so they are left out, with a warning that says so; true when that is what the
     * lines before the first query are.
     */
    private boolean schemaBeforeQueries(SourceFile file, String[] lines, int first) {
        StringBuilder text = new StringBuilder();
        int start = -1;
        for (int i = 0; i < first; i++) {
            if (!isBlankOrComment(lines[i])) {
                start = start < 0 ? i : start;
                text.append(lines[i]).append('\n');
            }
        }
        if (start < 0) {
            return false;
        }
        for (String statement : text.toString().split(";")) {
            if (!statement.isBlank() && !CREATE.matcher(statement).matches()) {
                return false;
            }
        }
        diagnostics.add(new Diagnostic(
                file.display(),
                start + 1,
                firstNonBlank(lines[start]),
                lines[start].strip().length(),
                Severity.WARNING,
                "schema-in-query-file",
                "CREATE statements before the first query are left out: the schema comes from the migrations"
                        + " (sqlc reads them when its schema names this file); move them into a migration"));
        return true;
    }

    /** The annotation on this line, matched, in either form; null when the line is none. */
    private static Matcher annotationOf(String line) {
        for (Pattern form : List.of(LINE_ANNOTATION, BLOCK_ANNOTATION)) {
            Matcher matcher = form.matcher(line);
            if (matcher.matches()) {
                return matcher;
            }
        }
        return null;
    }

    /**
     * A {@code /* name:} that does not stand alone on its line would otherwise be read as part of
     * the previous query's SQL, and its query merged into that one without a word.
     */
    private void reportMisplacedBlockAnnotations(SourceFile file, String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            Matcher start = BLOCK_ANNOTATION_START.matcher(lines[i]);
            if (start.find() && annotationOf(lines[i]) == null) {
                diagnostics.error(
                        file.display(),
                        i + 1,
                        start.start() + 1,
                        lines[i].length() - start.start(),
                        "bad-annotation",
                        "a '/* name: <method> :kind */' annotation must stand alone on one line, the query's SQL on the lines after it");
            }
        }
    }

    private NamedQuery bad(SourceFile file, int line, int column, String what, String message) {
        diagnostics.error(file.display(), line, column, what.strip().length(), "bad-annotation", message);
        return null;
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static int column(String line, String word) {
        return Math.max(0, line.indexOf(word)) + 1;
    }

    private static int firstNonBlank(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i + 1;
    }

    private static boolean isBlankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("--") || (s.startsWith("/*") && s.endsWith("*/"));
    }
}
