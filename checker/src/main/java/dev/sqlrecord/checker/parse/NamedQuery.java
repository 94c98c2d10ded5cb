package dev.sqlrecord.checker.parse;

import dev.sqlrecord.checker.model.QueryKind;
import java.util.List;

/**
 * One {@code -- name:} block of a query file, before any analysis.
 *
 * @param line the annotation's line
 * @param recordType the record named after {@code ->}, or null
 * @param recordColumn the column where that record name starts, for diagnostics about it
 * @param sql the text after the annotation up to the next one, from the start of its first line
 * @param sqlStart where {@code sql} starts in the file
 * @param comments the text of the {@code --} lines right above the annotation (no blank line between),
 *     without their {@code --}: the query's description
 * @param sqlc what rewriting sqlc's macros in {@code sql} marked: padding, nullable parameters
 */
public record NamedQuery(
        SourceFile file,
        int line,
        String name,
        QueryKind kind,
        String recordType,
        int recordColumn,
        String sql,
        TextPosition sqlStart,
        List<String> comments,
        SqlcMarks sqlc) {

    public NamedQuery {
        comments = List.copyOf(comments);
    }
}
