package dev.sqlrecord.checker.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.model.QueryKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sqlc's query-file format read as it is: block annotations, its kinds and its macros. */
class SqlcQueryFileTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private List<NamedQuery> parse(String text) {
        return new QueryFileParser(diagnostics).parse(new SourceFile(Path.of("q.sql"), "q.sql", text));
    }

    private List<String> found() {
        return diagnostics.sorted().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.code())
                .toList();
    }

    @Test
    void aBlockCommentAnnotationStartsItsOwnQuery() {
        List<NamedQuery> queries = parse("""
                /* name: GetAuthor :one */
                SELECT * FROM authors WHERE id = :id;
                  /*name:ListAuthors :many*/
                SELECT * FROM authors;
                """);
        assertEquals(List.of(), found());
        assertEquals(
                List.of("getAuthor", "listAuthors"),
                queries.stream().map(NamedQuery::name).toList());
        assertEquals("SELECT * FROM authors WHERE id = :id;", queries.get(0).sql());
        assertEquals(new TextPosition(4, 1), queries.get(1).sqlStart());
        assertEquals(QueryKind.MANY, queries.get(1).kind());
    }

    @Test
    void aBlockAnnotationThatDoesNotStandAloneIsAnErrorNotAMerge() {
        parse("""
                -- name: a :one
                SELECT 1; /* name: b :one */ SELECT 2;
                """);
        assertEquals(List.of("2:11 bad-annotation"), found());
    }

    @Test
    void sqlcKindsWithAnEquivalentAreThatKind() {
        List<NamedQuery> queries = parse("""
                -- name: a :execrows
                DELETE FROM t;
                /* name: b :execlastid */
                INSERT INTO t DEFAULT VALUES;
                """);
        assertEquals(List.of(), found());
        assertEquals(
                List.of(QueryKind.EXEC, QueryKind.EXECRESULT),
                queries.stream().map(NamedQuery::kind).toList());
    }

    @Test
    void sqlcBatchKindsAreRefusedNamingTheBatchFactories() {
        List<NamedQuery> queries = parse("""
                -- name: a :batchexec
                DELETE FROM t WHERE id = ?;
                -- name: b :batchmany
                SELECT 1;
                -- name: c :batchone
                SELECT 1;
                -- name: d :copyfrom
                INSERT INTO t VALUES (?);
                """);
        assertEquals(List.of(), queries);
        assertEquals(
                List.of("1:12 bad-annotation", "3:12 bad-annotation", "5:12 bad-annotation", "7:12 bad-annotation"),
                found());
        diagnostics.sorted().forEach(d -> assertTrue(d.message().contains("db.batch(...)"), d.message()));
    }

    @Test
    void macrosBecomeParametersAndEverythingElseKeepsItsPlace() {
        String sql = """
                SELECT * FROM t WHERE a = sqlc.arg(a) AND b = sqlc.narg('b_id')
                  AND c IN (sqlc.slice("cs")) AND d = SQLC.ARG( d ) AND e = 'sqlc.arg(x)' -- sqlc.arg(y)
                """;
        NamedQuery query = parse("-- name: q :many\n" + sql).get(0);
        assertEquals(List.of(), found());
        String[] before = sql.split("\n");
        String[] after = query.sql().split("\n");
        for (int line = 0; line < before.length; line++) {
            assertEquals(before[line].length(), after[line].length(), "line " + (line + 1));
        }
        assertEquals(sql.indexOf("AND b"), query.sql().indexOf("AND b"));
        assertEquals(sql.indexOf("AND e"), query.sql().indexOf("AND e"));
        assertEquals(
                "SELECT * FROM t WHERE a = :a AND b = :b_id AND c IN (:cs ) AND d = :d AND e = 'sqlc.arg(x)' --"
                        + " sqlc.arg(y)",
                query.sql().replaceAll("\\s+", " ").strip());
    }

    @Test
    void aNameCalledSqlcWithoutParenthesesIsLeftToSqlite() {
        NamedQuery query =
                parse("-- name: q :many\nSELECT sqlc.arg FROM sqlc.t;").get(0);
        assertEquals(List.of(), found());
        assertEquals("SELECT sqlc.arg FROM sqlc.t;", query.sql());
    }

    @Test
    void aMacroSpanningLinesKeepsItsLineBreaks() {
        NamedQuery query =
                parse("-- name: q :one\nSELECT sqlc.arg(\n  id\n) AS x;").get(0);
        assertEquals("SELECT :id      \n    \n  AS x;", query.sql());
    }

    @Test
    void embedAndUnknownOrMalformedMacrosAreRefusedAtTheirPlace() {
        List<NamedQuery> queries = parse("""
                -- name: a :one
                SELECT sqlc.embed(t) FROM t;
                -- name: b :one
                SELECT 1 WHERE 1 = sqlc.param(x);
                -- name: c :one
                SELECT 1 WHERE 1 =   sqlc.arg(1);
                """);
        assertEquals(List.of(), queries);
        assertEquals(
                List.of("2:8 unsupported-sqlc-macro", "4:20 unsupported-sqlc-macro", "6:22 unsupported-sqlc-macro"),
                found());
        assertTrue(diagnostics.sorted().get(0).message().contains("list the table's columns"));
    }
}
