package dev.sqlrecord.checker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.model.QueryKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryFileParserTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private List<NamedQuery> parse(String text) {
        return new QueryFileParser(diagnostics).parse(new SourceFile(Path.of("q.sql"), "q.sql", text));
    }

    @Test
    void splitsNamedQueriesAndKeepsTheirPositions() {
        List<NamedQuery> queries = parse("""
                -- leading comment
                -- name: FindUser :one -> com.acme.User
                SELECT * FROM users
                WHERE id = :id;

                -- name: listUsers :many
                SELECT * FROM users;
                """);
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(2, queries.size());
        NamedQuery first = queries.get(0);
        assertEquals("findUser", first.name());
        assertEquals(QueryKind.ONE, first.kind());
        assertEquals("com.acme.User", first.recordType());
        assertEquals(2, first.line());
        assertEquals(new TextPosition(3, 1), first.sqlStart());
        assertEquals(27, first.recordColumn());
        assertNull(queries.get(1).recordType());
        assertEquals(6, queries.get(1).line());
    }

    @Test
    void reportsEveryBadAnnotationAtItsPosition() {
        parse("""
                SELECT 0;
                -- name: a :some
                SELECT 1;
                -- name: class :one
                SELECT 2;
                -- name: b :exec -> Row
                UPDATE t SET a = 1;
                -- name: c :many
                -- name: c :many
                SELECT 3;
                -- name: d :many
                SELECT 4;
                -- name: d :many
                SELECT 5;
                """);
        List<String> found = diagnostics.sorted().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.code())
                .toList();
        assertEquals(
                List.of(
                        "1:1 missing-annotation",
                        "2:12 bad-annotation",
                        "4:10 bad-annotation",
                        "6:21 bad-annotation",
                        "8:1 empty-query",
                        "9:10 duplicate-query",
                        "13:10 duplicate-query"),
                found);
        Diagnostic kind = diagnostics.sorted().get(1);
        assertEquals("unknown query kind ':some'; expected :one, :many, :exec or :execresult", kind.message());
    }

    @Test
    void theCommentLinesRightAboveAnAnnotationDescribeItsQuery() {
        List<NamedQuery> queries = parse("""
                -- About the file, not a query.

                --
                -- Finds a user by id.
                --
                --   Deleted users too.
                -- name: findUser :one
                SELECT * FROM users WHERE id = :id;
                -- name: noDescription :many
                SELECT * FROM users;

                -- name: afterABlankLine :many
                SELECT 1;
                -- Counts them.
                --name: countUsers :one
                SELECT count(*) FROM users;
                """);
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(
                List.of("Finds a user by id.", "", "Deleted users too."),
                queries.get(0).comments());
        // The annotation above is the previous query's, not a comment about this one.
        assertEquals(List.of(), queries.get(1).comments());
        assertEquals(List.of(), queries.get(2).comments());
        assertEquals(List.of("Counts them."), queries.get(3).comments());
    }
}
