package dev.sqlrecord.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.Test;

/**
 * The expression trees group operators exactly as SQLite does. For thousands of random
 * expressions without parentheses, the grammar's tree is printed with every operand
 * parenthesised; SQLite compiles the original and the printed text, and since parentheses leave
 * no trace in its program, the two programs are identical only if SQLite grouped the original
 * the way the tree says (https://www.sqlite.org/lang_expr.html#operators).
 */
class PrecedenceTest {
    private static final String[] OPERANDS = {"a", "b", "c", "1", "2", "'x'", "NULL", "?"};
    private static final String[] BINARY = {
        "||",
        "->",
        "->>",
        "*",
        "/",
        "%",
        "+",
        "-",
        "&",
        "|",
        "<<",
        ">>",
        "<",
        "<=",
        ">",
        ">=",
        "=",
        "==",
        "!=",
        "<>",
        "IS",
        "IS NOT",
        "IS DISTINCT FROM",
        "IS NOT DISTINCT FROM",
        "AND",
        "OR",
        "LIKE",
        "NOT LIKE",
        "GLOB",
        "NOT GLOB"
    };
    private static final String[] PREFIX = {"-", "+", "~", "NOT"};
    private static final String[] POSTFIX = {
        "ISNULL", "NOTNULL", "NOT NULL", "COLLATE nocase", "IN (1, 2)", "NOT IN (b)", "IS NULL"
    };

    @Test
    void randomExpressionsGroupAsInSqlite() throws SQLException {
        Random random = new Random(20260502L);
        List<String> problems = new ArrayList<>();
        int compared = 0;
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement statement = sqlite.createStatement()) {
                statement.execute("CREATE TABLE t(a, b, c)");
            }
            while (compared < 3000) {
                String expression = expression(random, 2 + random.nextInt(5));
                String sql = "SELECT " + expression + " FROM t";
                ParsedSql parsed = SqlSyntax.parse(sql);
                String program = program(sqlite, sql);
                if (parsed.hasErrors() || program == null) {
                    continue;
                }
                var core = (SQLiteParser.PlainSelectContext) parsed.tree()
                        .statementList()
                        .statement(0)
                        .selectStmt()
                        .compoundSelect()
                        .selectCore(0);
                String grouped = "SELECT "
                        + parenthesize(((SQLiteParser.ExprColumnContext) core.resultColumn(0)).expr()) + " FROM t";
                if (!program.equals(program(sqlite, grouped))) {
                    problems.add(expression + "  read as  " + grouped);
                }
                compared++;
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(compared >= 3000);
    }

    /** Operands joined by operators at random, with BETWEEN, ESCAPE and prefix and postfix operators mixed in. */
    private static String expression(Random random, int operands) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < operands; i++) {
            if (i > 0) {
                int kind = random.nextInt(12);
                if (kind == 0) {
                    out.append(random.nextBoolean() ? " BETWEEN " : " NOT BETWEEN ");
                    out.append(operand(random)).append(" AND ");
                } else {
                    out.append(' ')
                            .append(BINARY[random.nextInt(BINARY.length)])
                            .append(' ');
                }
            }
            out.append(operand(random));
            if (random.nextInt(6) == 0) {
                out.append(" ESCAPE ").append(operand(random));
            }
        }
        return out.toString();
    }

    private static String operand(Random random) {
        StringBuilder out = new StringBuilder();
        while (random.nextInt(5) == 0) {
            out.append(PREFIX[random.nextInt(PREFIX.length)]).append(' ');
        }
        out.append(OPERANDS[random.nextInt(OPERANDS.length)]);
        while (random.nextInt(6) == 0) {
            out.append(' ').append(POSTFIX[random.nextInt(POSTFIX.length)]);
        }
        return out.toString();
    }

    /** The expression's text with every sub-expression in parentheses. */
    static String parenthesize(ParseTree node) {
        if (node instanceof TerminalNode terminal) {
            return terminal.getText();
        }
        StringBuilder out = new StringBuilder();
        ParserRuleContext context = (ParserRuleContext) node;
        for (int i = 0; i < context.getChildCount(); i++) {
            ParseTree child = context.getChild(i);
            String text = parenthesize(child);
            out.append(out.length() == 0 ? "" : " ")
                    .append(child instanceof SQLiteParser.ExprContext ? "(" + text + ")" : text);
        }
        return out.toString();
    }

    /** SQLite's program for a statement (EXPLAIN's rows), or null if it cannot compile it. */
    private static String program(Connection sqlite, String sql) {
        try (Statement statement = sqlite.createStatement();
                ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
            StringBuilder out = new StringBuilder();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    out.append(rows.getString(i)).append('|');
                }
                out.append('\n');
            }
            return out.toString();
        } catch (SQLException e) {
            return null;
        }
    }
}
