package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.analyze.Scope.NamedValue;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Types expressions (docs/ARCHITECTURE.md §3), and records what each parameter's neighbours say about it.
 * Operators follow https://www.sqlite.org/lang_expr.html: NULL in, NULL out, except where noted.
 */
final class ExprTyper {
    private final StatementTyper statements;
    private final Params params;
    private final FunctionCallTyper functions = new FunctionCallTyper(this);

    ExprTyper(StatementTyper statements, Params params) {
        this.statements = statements;
        this.params = params;
    }

    StatementTyper statements() {
        return statements;
    }

    /**
     * @param grouped true when the enclosing SELECT has GROUP BY, so aggregates see non-empty groups
     */
    ValueType type(ExprContext e, Scope scope, boolean grouped) {
        if (e instanceof SQLiteParser.LiteralExprContext literal) {
            return ValueType.ofLiteral(literal.literalValue());
        }
        if (e instanceof SQLiteParser.ParameterExprContext p) {
            Params.Info info = params.info(p.BIND_PARAMETER().getSymbol());
            SqlType type = params.type(p.BIND_PARAMETER().getSymbol());
            return ValueType.of(type == null ? SqlType.ANY : type, info.nullable || type == null);
        }
        if (e instanceof SQLiteParser.ColumnExprContext column) {
            SQLiteParser.ColumnRefContext ref = column.columnRef();
            String qualifier = ref.table == null ? null : Names.unquote(ref.table.getText());
            String name = Names.unquote(ref.column.getText());
            Scope.Match match = scope.resolve(qualifier, name);
            if (match != null) {
                statements.resolved(ref, match.source(), name);
                return match.type();
            }
            if (SchemaModel.isRowidName(name)) {
                statements.resolved(ref, scope.rowidSource(qualifier), name);
                return scope.rowid(qualifier);
            }
            return ValueType.NULL;
        }
        if (e instanceof SQLiteParser.FunctionExprContext f) {
            return functions.type(f.functionCall(), scope, grouped);
        }
        if (e instanceof SQLiteParser.ParenExprContext paren) {
            List<ValueType> items =
                    paren.expr().stream().map(x -> type(x, scope, grouped)).toList();
            return items.size() == 1 ? items.get(0).derived() : ValueType.of(SqlType.ANY, true);
        }
        if (e instanceof SQLiteParser.CastExprContext cast) {
            SqlType target = SqlType.fromDeclared(cast.typeName().getText());
            constrainParam(cast.expr(), target);
            return ValueType.of(target, type(cast.expr(), scope, grouped).nullable());
        }
        if (e instanceof SQLiteParser.SubqueryExprContext sub) {
            List<NamedValue> columns = statements.select(sub.selectStmt(), scope);
            if (sub.EXISTS_() != null) {
                return ValueType.of(SqlType.BOOLEAN, false);
            }
            // A scalar subquery that finds no row is NULL; one that aggregates without GROUP BY always finds one.
            return columns.isEmpty()
                    ? ValueType.NULL
                    : ValueType.of(
                            columns.get(0).type().type(),
                            columns.get(0).type().nullable() || !Aggregates.exactlyOneRow(sub.selectStmt()));
        }
        if (e instanceof SQLiteParser.CaseExprContext c) {
            return caseExpr(c, scope, grouped);
        }
        if (e instanceof SQLiteParser.UnaryExprContext unary) {
            ValueType operand = type(unary.expr(), scope, grouped);
            // '+' is a no-op that even keeps text; '-' makes a number (-TRUE is -1, -'abc' is 0).
            SqlType type = switch (unary.op.getType()) {
                case SQLiteParser.TILDE -> SqlType.INTEGER;
                case SQLiteParser.PLUS -> operand.type();
                default -> Functions.numeric(operand.type());
            };
            return ValueType.of(type, operand.nullable());
        }
        if (e instanceof SQLiteParser.CollateExprContext collate) {
            return type(collate.expr(), scope, grouped);
        }
        if (e instanceof SQLiteParser.ConcatExprContext concat) {
            // Both operands are read as text, so a parameter there is a String whatever the other side is.
            boolean nullable = binary(concat.expr(0), concat.expr(1), scope, grouped, SqlType.TEXT);
            // '->' yields JSON text; '->>' yields an SQL value of any type; both NULL for a missing path.
            return switch (concat.op.getType()) {
                case SQLiteParser.PIPE2 -> ValueType.of(SqlType.TEXT, nullable);
                case SQLiteParser.JPTR -> ValueType.of(SqlType.TEXT, true);
                default -> ValueType.of(SqlType.ANY, true);
            };
        }
        if (e instanceof SQLiteParser.MultiplyExprContext m) {
            int op = m.op.getType();
            return arithmetic(
                    m.expr(0),
                    m.expr(1),
                    scope,
                    grouped,
                    op != SQLiteParser.STAR && !safeDivisor(m.expr(1), op == SQLiteParser.DIV));
        }
        if (e instanceof SQLiteParser.AddExprContext a) {
            return arithmetic(a.expr(0), a.expr(1), scope, grouped, false);
        }
        if (e instanceof SQLiteParser.BitExprContext b) {
            return ValueType.of(SqlType.INTEGER, binary(b.expr(0), b.expr(1), scope, grouped, SqlType.INTEGER));
        }
        if (e instanceof SQLiteParser.ComparisonExprContext c) {
            return bool(binary(c.expr(0), c.expr(1), scope, grouped, null));
        }
        if (e instanceof SQLiteParser.EqualityExprContext eq) {
            return bool(binary(eq.expr(0), eq.expr(1), scope, grouped, null));
        }
        if (e instanceof SQLiteParser.IsExprContext is) {
            // IS compares NULLs as values: a parameter on either side may be null, the result never is.
            markNullable(is.expr(0));
            markNullable(is.expr(1));
            binary(is.expr(0), is.expr(1), scope, grouped, null);
            return ValueType.of(SqlType.BOOLEAN, false);
        }
        if (e instanceof SQLiteParser.LikeExprContext like) {
            boolean nullable = binary(like.expr(0), like.expr(1), scope, grouped, SqlType.TEXT);
            if (like.escape != null) {
                constrainParam(like.escape, SqlType.TEXT);
                nullable |= type(like.escape, scope, grouped).nullable();
            }
            return bool(nullable);
        }
        if (e instanceof SQLiteParser.BetweenExprContext between) {
            boolean nullable = binary(between.expr(0), between.low, scope, grouped, null);
            nullable |= binary(between.expr(0), between.high, scope, grouped, null);
            return bool(nullable);
        }
        if (e instanceof SQLiteParser.InExprContext in) {
            return in(in, scope, grouped);
        }
        if (e instanceof SQLiteParser.NullTestExprContext test) {
            markNullable(test.expr());
            type(test.expr(), scope, grouped);
            return ValueType.of(SqlType.BOOLEAN, false);
        }
        if (e instanceof SQLiteParser.NotExprContext not) {
            return bool(type(not.expr(), scope, grouped).nullable());
        }
        if (e instanceof SQLiteParser.AndExprContext and) {
            return bool(binary(and.expr(0), and.expr(1), scope, grouped, SqlType.BOOLEAN));
        }
        if (e instanceof SQLiteParser.OrExprContext or) {
            return bool(binary(or.expr(0), or.expr(1), scope, grouped, SqlType.BOOLEAN));
        }
        return ValueType.NULL;
    }

    /** Types both operands, each parameter taking the other side's type (or {@code fixed}); true when either may be NULL. */
    private boolean binary(ExprContext left, ExprContext right, Scope scope, boolean grouped, SqlType fixed) {
        ValueType l = type(left, scope, grouped);
        ValueType r = type(right, scope, grouped);
        if (fixed != null) {
            constrainParam(left, fixed);
            constrainParam(right, fixed);
        } else {
            constrainParam(left, jsonValue(right) ? ValueType.of(SqlType.TEXT, true) : r);
            constrainParam(right, jsonValue(left) ? ValueType.of(SqlType.TEXT, true) : l);
        }
        return typeAgain(left, scope, grouped, l).nullable()
                || typeAgain(right, scope, grouped, r).nullable();
    }

    /**
     * {@code json_extract(...)} or {@code ->>}: a value of any type, read from JSON. A parameter
     * compared with it is taken as TEXT, the one reading that needs no CAST to say it: compare a
     * number with {@code CAST(:p AS INTEGER)}.
     */
    private static boolean jsonValue(ExprContext e) {
        ExprContext bare = e;
        while (bare instanceof SQLiteParser.ParenExprContext paren
                && paren.expr().size() == 1) {
            bare = paren.expr(0);
        }
        if (bare instanceof SQLiteParser.ConcatExprContext concat) {
            return concat.op.getType() == SQLiteParser.JPTR2;
        }
        return bare instanceof SQLiteParser.FunctionExprContext f
                && f.functionCall().functionName().getText().equalsIgnoreCase("json_extract")
                && f.functionCall().expr().size() == 2;
    }

    /** A parameter's own type is only known once its neighbour constrained it. */
    private ValueType typeAgain(ExprContext e, Scope scope, boolean grouped, ValueType before) {
        return parameterToken(e) != null ? type(e, scope, grouped) : before;
    }

    /**
     * '+', '-', '*' of two integers is an integer, with a real it is a real. '/' and '%' also give
     * NULL when dividing by zero, so their result is nullable unless the divisor is a safe literal.
     */
    private ValueType arithmetic(ExprContext left, ExprContext right, Scope scope, boolean grouped, boolean division) {
        boolean nullable = binary(left, right, scope, grouped, null) || division;
        SqlType l = type(left, scope, grouped).type();
        SqlType r = type(right, scope, grouped).type();
        SqlType type;
        if (l == SqlType.REAL || r == SqlType.REAL) {
            type = SqlType.REAL;
        } else if ((l == SqlType.INTEGER || l == SqlType.BOOLEAN) && (r == SqlType.INTEGER || r == SqlType.BOOLEAN)) {
            type = SqlType.INTEGER;
        } else {
            type = SqlType.ANY;
        }
        return ValueType.of(type, nullable);
    }

    /**
     * A literal divisor that cannot make the result NULL: not zero for '/'; for '%', which first
     * truncates its operands to integers (5 % 0.5 is NULL), at least 1 in size.
     */
    private static boolean safeDivisor(ExprContext e, boolean division) {
        if (!(e instanceof SQLiteParser.LiteralExprContext literal)
                || literal.literalValue().NUMERIC_LITERAL() == null) {
            return false;
        }
        String text = literal.getText().toLowerCase(java.util.Locale.ROOT);
        try {
            BigDecimal value = text.startsWith("0x")
                    ? new BigDecimal(new BigInteger(text.substring(2), 16))
                    : new BigDecimal(text);
            return division ? value.signum() != 0 : value.abs().compareTo(BigDecimal.ONE) >= 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private ValueType in(SQLiteParser.InExprContext in, Scope scope, boolean grouped) {
        ValueType left = type(in.expr(), scope, grouped);
        boolean nullable = left.nullable();
        if (in.inTarget() instanceof SQLiteParser.InListContext list) {
            List<ExprContext> items = list.expr();
            if (items.size() == 1 && unwrapParens(items.get(0)) instanceof SQLiteParser.ParameterExprContext) {
                // IN (:ids) binds a whole list (sent as one JSON array, read with json_each); a Java
                // List may hold null elements, and 'x IN (NULL)' is NULL when x matches nothing.
                params.list(parameterToken(items.get(0)));
                nullable = true;
            }
            for (ExprContext item : items) {
                constrainParam(item, left);
                nullable |= type(item, scope, grouped).nullable();
            }
            constrainParam(
                    in.expr(),
                    items.isEmpty() ? null : type(items.get(0), scope, grouped).type());
        } else if (in.inTarget() instanceof SQLiteParser.InSelectContext select) {
            List<NamedValue> columns = statements.select(select.selectStmt(), scope);
            nullable |= columns.stream().anyMatch(c -> c.type().nullable());
            if (columns.size() == 1) {
                constrainParam(in.expr(), columns.get(0).type().type());
            }
        } else {
            nullable = true;
        }
        return bool(nullable);
    }

    private ValueType caseExpr(SQLiteParser.CaseExprContext c, Scope scope, boolean grouped) {
        ValueType operand = c.operand == null ? null : type(c.operand, scope, grouped);
        SqlType type = null;
        boolean nullable = c.otherwise == null;
        for (SQLiteParser.CaseWhenContext when : c.caseWhen()) {
            if (operand != null) {
                // 'CASE x WHEN y' compares x = y: a parameter on either side takes the other's type.
                constrainParam(when.when, operand.type());
                constrainParam(c.operand, type(when.when, scope, grouped).type());
            } else {
                constrainParam(when.when, SqlType.BOOLEAN);
            }
            type(when.when, scope, grouped);
            ValueType then = type(when.then, scope, grouped);
            nullable |= then.nullable();
            type = Functions.merge(type, then.type());
        }
        if (c.otherwise != null) {
            ValueType otherwise = type(c.otherwise, scope, grouped);
            nullable |= otherwise.nullable();
            type = Functions.merge(type, otherwise.type());
        }
        return ValueType.of(type == null ? SqlType.ANY : type, nullable);
    }

    private static ValueType bool(boolean nullable) {
        return ValueType.of(SqlType.BOOLEAN, nullable);
    }

    /** If {@code e} is a bare parameter, notes that its neighbour implies {@code type}. */
    void constrainParam(ExprContext e, SqlType type) {
        Token token = parameterToken(e);
        if (token != null) {
            params.constrain(token, type);
        }
    }

    /** Like {@link #constrainParam(ExprContext, SqlType)}, also noting the column the neighbour is. */
    void constrainParam(ExprContext e, ValueType neighbour) {
        Token token = parameterToken(e);
        if (token != null) {
            // A full-text table's columns have no declared type, but hold and search text.
            boolean text = neighbour.type() == SqlType.ANY && statements.fullText(neighbour.table());
            params.constrain(token, text ? SqlType.TEXT : neighbour.type());
            params.origin(token, neighbour.table(), neighbour.column());
            if (!text && neighbour.type() == SqlType.ANY && neighbour.column() != null) {
                params.untypedColumn(token);
            }
        }
    }

    void markJsonText(ExprContext e) {
        Token token = parameterToken(e);
        if (token != null) {
            params.jsonText(token);
        }
    }

    void markNullable(ExprContext e) {
        Token token = parameterToken(e);
        if (token != null) {
            params.nullable(token);
        }
    }

    private static ExprContext unwrapParens(ExprContext e) {
        while (e instanceof SQLiteParser.ParenExprContext paren && paren.expr().size() == 1) {
            e = paren.expr(0);
        }
        return e;
    }

    /**
     * The parameter token of a bare parameter (parentheses and COLLATE allowed: {@code email = :email
     * COLLATE NOCASE} compares the parameter's text under another collation), or null.
     */
    static Token parameterToken(ExprContext e) {
        if (e instanceof SQLiteParser.ParameterExprContext p) {
            return p.BIND_PARAMETER().getSymbol();
        }
        if (e instanceof SQLiteParser.ParenExprContext paren && paren.expr().size() == 1) {
            return parameterToken(paren.expr(0));
        }
        if (e instanceof SQLiteParser.CollateExprContext collate) {
            return parameterToken(collate.expr());
        }
        return null;
    }
}
