package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns that a filter proves non-null in the rows it keeps. A WHERE condition, or the ON
 * condition of an inner join, keeps a row only when it is TRUE (https://www.sqlite.org/lang_select.html:
 * NULL and FALSE both drop it); so a term of its top-level AND that cannot be TRUE when one of its
 * column operands is NULL proves that column non-null. Terms under OR or NOT prove nothing, and
 * neither does the ON condition of an outer join, which keeps the preserved side's rows whatever
 * it says.
 */
final class NotNullFilters {
    private NotNullFilters() {}

    /** Marks non-null, in {@code scope}'s own sources, every column that a TRUE {@code condition} proves non-null. */
    static void narrow(ExprContext condition, Scope scope) {
        for (SQLiteParser.ColumnRefContext ref : provenNotNull(condition)) {
            String qualifier = ref.table == null ? null : Names.unquote(ref.table.getText());
            String name = Names.unquote(ref.column.getText());
            Scope.Match match = scope.resolve(qualifier, name);
            if (match != null) {
                scope.narrow(match.source(), name);
            }
        }
    }

    /**
     * Like {@link #narrow}, for an aggregate's {@code FILTER (WHERE ...)}: a column it proves
     * non-null also proves that its outer-joined source found a row for each value aggregated.
     */
    static void present(ExprContext condition, Scope scope) {
        for (SQLiteParser.ColumnRefContext ref : provenNotNull(condition)) {
            String qualifier = ref.table == null ? null : Names.unquote(ref.table.getText());
            String name = Names.unquote(ref.column.getText());
            Scope.Match match = scope.resolve(qualifier, name);
            if (match != null && scope.sources().contains(match.source())) {
                scope.present(match.source(), name);
            }
        }
    }

    /** The columns a TRUE {@code condition} proves non-null: those of each top-level AND term. */
    private static List<SQLiteParser.ColumnRefContext> provenNotNull(ExprContext condition) {
        List<SQLiteParser.ColumnRefContext> columns = new ArrayList<>();
        for (ExprContext conjunct : Conjuncts.of(condition)) {
            provenNotNull(unwrap(conjunct), columns);
        }
        return columns;
    }

    /**
     * The column operands that are non-null whenever {@code term} is TRUE: both sides of
     * {@code = == != <> < <= > >=} (NULL in, NULL out); the operands of {@code LIKE}, {@code GLOB}
     * and {@code BETWEEN}; the left side of {@code IN} ({@code NULL IN (...)} is NULL, or FALSE for
     * an empty list); {@code x IS NOT NULL}, {@code x NOTNULL}, {@code x NOT NULL}; and a bare
     * column, which is TRUE only when it is a non-zero value. {@code NOT IN} is left out: {@code
     * NULL NOT IN ()} is TRUE.
     */
    private static void provenNotNull(ExprContext term, List<SQLiteParser.ColumnRefContext> out) {
        if (term instanceof SQLiteParser.EqualityExprContext eq) {
            add(eq.expr(0), out);
            add(eq.expr(1), out);
        } else if (term instanceof SQLiteParser.ComparisonExprContext c) {
            add(c.expr(0), out);
            add(c.expr(1), out);
        } else if (term instanceof SQLiteParser.LikeExprContext like
                && like.NOT_() == null
                && (like.op.getType() == SQLiteParser.LIKE_ || like.op.getType() == SQLiteParser.GLOB_)) {
            add(like.expr(0), out);
            add(like.expr(1), out);
        } else if (term instanceof SQLiteParser.BetweenExprContext between && between.NOT_() == null) {
            add(between.expr(0), out);
        } else if (term instanceof SQLiteParser.InExprContext in && in.NOT_() == null) {
            add(in.expr(), out);
        } else if (term instanceof SQLiteParser.NullTestExprContext test && test.ISNULL_() == null) {
            add(test.expr(), out);
        } else if (term instanceof SQLiteParser.IsExprContext is
                && is.NOT_() != null
                && is.DISTINCT_() == null
                && unwrap(is.expr(1)) instanceof SQLiteParser.LiteralExprContext literal
                && literal.literalValue().NULL_() != null) {
            add(is.expr(0), out);
        } else {
            add(term, out);
        }
    }

    private static void add(ExprContext operand, List<SQLiteParser.ColumnRefContext> out) {
        if (unwrap(operand) instanceof SQLiteParser.ColumnExprContext column) {
            out.add(column.columnRef());
        }
    }

    /** Without parentheses and COLLATE, which change neither whether a value is NULL nor which column it is. */
    private static ExprContext unwrap(ExprContext e) {
        while (true) {
            if (e instanceof SQLiteParser.ParenExprContext paren && paren.expr().size() == 1) {
                e = paren.expr(0);
            } else if (e instanceof SQLiteParser.CollateExprContext collate) {
                e = collate.expr();
            } else {
                return e;
            }
        }
    }
}
