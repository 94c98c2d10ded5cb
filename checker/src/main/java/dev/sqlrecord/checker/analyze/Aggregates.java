package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.grammar.antlr.SQLiteParser;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Which SELECTs aggregate. A SELECT whose result columns call an aggregate (outside a subquery and
 * without OVER) returns one row per group; without GROUP BY it returns exactly one row even when no
 * row matched, and then its non-aggregate expressions are evaluated against a row of all NULLs
 * (https://www.sqlite.org/lang_select.html#generation_of_the_set_of_result_rows).
 */
final class Aggregates {
    private Aggregates() {}

    /** True for an aggregate SELECT without GROUP BY: one row always, columns NULL on empty input. */
    static boolean withoutGroupBy(SQLiteParser.PlainSelectContext core) {
        return core.groupBy.isEmpty() && core.resultColumn().stream().anyMatch(Aggregates::contains);
    }

    /**
     * True when a SELECT yields exactly one row whatever the data: a single aggregate core without
     * GROUP BY, HAVING or LIMIT ({@code (SELECT count(*) FROM t)} is never NULL).
     */
    static boolean exactlyOneRow(SQLiteParser.SelectStmtContext select) {
        return select.limitClause() == null
                && select.compoundSelect().selectCore().size() == 1
                && select.compoundSelect().selectCore(0) instanceof SQLiteParser.PlainSelectContext plain
                && plain.having == null
                && withoutGroupBy(plain);
    }

    private static boolean contains(ParseTree tree) {
        if (tree instanceof SQLiteParser.SubqueryExprContext || tree instanceof SQLiteParser.InSelectContext) {
            return false;
        }
        if (tree instanceof SQLiteParser.FunctionCallContext call
                && call.overClause() == null
                && Functions.isAggregate(
                        call.functionName().getText(),
                        call.STAR() != null ? 0 : call.expr().size())) {
            return true;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (contains(tree.getChild(i))) {
                return true;
            }
        }
        return false;
    }
}
