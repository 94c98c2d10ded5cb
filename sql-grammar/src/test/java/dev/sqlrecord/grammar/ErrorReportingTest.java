package dev.sqlrecord.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntax errors name the offending token's line and column and say what could have come there. */
class ErrorReportingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT a FROM t WHERE a = = 1       | 1:27 near \"=\": syntax error; expected an expression",
                "SELECT * FROM t LIMIT               | 1:22 incomplete input; expected an expression",
                "SELECT a FROM t ORDER a             | 1:23 near \"a\": syntax error; expected BY",
                "DELETE t                            | 1:8 near \"t\": syntax error; expected FROM",
                "CREATE INDEX i t(a)                 | 1:16 near \"t\": syntax error; expected ON",
                "CREATE TABLE t (a INT               | 1:22 incomplete input; expected ')' or ','",
                "INSERT INTO t VALUES (1             | 1:24 incomplete input; expected ')', ',' or an operator",
                "SELECT CASE WHEN 1 THEN 2           | 1:26 incomplete input; expected END",
                "SELECT 1 SELECT 2                   | 1:10 near \"SELECT\": syntax error; expected ';'",
                "SELEC 1                             | 1:1 near \"SELEC\": syntax error; expected a statement, ';' or end of input",
                "SELECT 'abc                         | 1:8 unrecognized token: \"'abc\"",
                "SELECT 12abc                        | 1:8 unrecognized token: \"12abc\"",
                "SELECT x'0'                         | 1:8 unrecognized token: \"x'0'\"",
                "SELECT * FROM t LEFT INNER JOIN u   | 1:17 unknown join type: LEFT INNER",
                "CREATE TABLE t (a) WITHOUT ROWIDS   | 1:20 unknown table option: WITHOUTROWIDS",
                "SELECT sum(a) OVER (ROWS 1 FOLLOWING) FROM t | 1:21 unsupported frame specification",
                "SELECT * FROM t ON 1                | 1:17 a JOIN clause is required before ON",
            })
    void saysWhereAndWhat(String sql, String expected) {
        List<SyntaxError> errors = SqlSyntax.parse(sql).errors();
        SyntaxError first = errors.get(0);
        assertEquals(expected, first.line() + ":" + first.column() + " " + first.message(), errors.toString());
    }

    @Test
    void positionsCountLinesAndColumnsFromOne() {
        SyntaxError error =
                SqlSyntax.parse("SELECT a\n  FROM t\n WHERE a = = 1").errors().get(0);
        assertEquals(List.of(3, 12, 1), List.of(error.line(), error.column(), error.length()));
    }

    @Test
    void lengthCoversTheOffendingToken() {
        SyntaxError error =
                SqlSyntax.parse("SELECT a FROM t WHERE a = 1 garbage").errors().get(0);
        assertEquals(List.of(29, 7), List.of(error.column(), error.length()));
    }

    /** One run reports every syntax error of a script, and the statements between still parse. */
    @Test
    void reportsEveryErrorOfAScript() {
        String script = String.join(
                "\n",
                "SELECT a FROM t WHERE a = = 1;",
                "SELECT 1;",
                "CREATE TRIGGER tr AFTER INSERT ON t BEGIN",
                "  SELECT 1;",
                "  UPDATE u SET a = WHERE b = 1;",
                "  SELECT 2;",
                "END;",
                "SELEC 3;",
                "SELECT 4 SELECT 5;",
                "INSERT INTO t VALUES (1;",
                "SELECT * FROM t LEFT INNER JOIN u;",
                "SELECT 6;",
                "SELECT 'abc");
        ParsedSql parsed = SqlSyntax.parse(script);
        assertEquals(
                List.of(1, 5, 8, 9, 10, 11, 13),
                parsed.errors().stream().map(SyntaxError::line).toList(),
                parsed.errors().toString());
        List<String> parsedStatements = parsed.tree().statementList().statement().stream()
                .filter(s -> s.exception == null)
                .map(s -> s.getText())
                .toList();
        assertEquals(List.of("SELECT1", "SELECT*FROMtLEFTINNERJOINu", "SELECT6"), parsedStatements);
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        List<SyntaxError> errors = SqlSyntax.parse("SELECT " + "(".repeat(50_000) + "1" + ")".repeat(50_000))
                .errors();
        assertEquals(1, errors.size());
        assertEquals(true, errors.get(0).message().startsWith("parser stack overflow"));
    }

    @Test
    void validScriptHasNoErrors() {
        ParsedSql parsed =
                SqlSyntax.parse("SELECT 1;\n;\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END;\n-- done\n");
        assertEquals(List.of(), parsed.errors());
        assertEquals(2, parsed.tree().statementList().statement().size());
    }
}
