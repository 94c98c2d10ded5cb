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

    ExprTyper(StatementTyper statements, Params params) {
        this.statements = statements;
        this.params = params;
    }

    /**
     * @param grouped true when the enclosing SELECT has GROUP BY, so aggregates see non-empty groups
     */
    ValueType type(ExprContext e, Scope scope, boolean grouped) {
        if (e instanceof SQLiteParser.LiteralExprContext literal) {
            return literal(literal.literalValue());
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
            ValueType type = scope.resolve(qualifier, name);
            if (type == null && SchemaModel.isRowidName(name)) {
                return scope.rowid(qualifier);
            }
            return type != null ? type : ValueType.NULL;
        }
        if (e instanceof SQLiteParser.FunctionExprContext f) {
            return function(f.functionCall(), scope, grouped);
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
            constrainParam(left, r);
            constrainParam(right, l);
        }
        return typeAgain(left, scope, grouped, l).nullable()
                || typeAgain(right, scope, grouped, r).nullable();
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
            if (items.size() == 1 && parameterToken(items.get(0)) != null) {
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

    private ValueType function(SQLiteParser.FunctionCallContext call, Scope scope, boolean grouped) {
        String name = call.functionName().getText();
        List<ExprContext> args = call.expr();
        for (int i = 0; i < args.size(); i++) {
            constrainParam(args.get(i), Functions.parameterType(name, i));
        }
        Functions.Signature signature = Functions.signature(name);
        if (signature != null && signature.rule() == Functions.Rule.FIRST_NON_NULL) {
            args.forEach(this::markNullable);
        }
        List<ValueType> types = args.stream().map(a -> type(a, scope, grouped)).toList();
        int shared = Functions.firstSharedArgument(name);
        if (shared >= 0 && shared < args.size()) {
            // coalesce(:name, name): a parameter among values that may be returned takes their type.
            SqlType type = null;
            for (int i = shared; i < args.size(); i++) {
                type = parameterToken(args.get(i)) == null
                        ? Functions.merge(type, types.get(i).type())
                        : type;
            }
            for (int i = shared; i < args.size(); i++) {
                constrainParam(args.get(i), type);
            }
            types = args.stream().map(a -> type(a, scope, grouped)).toList();
        }
        if (call.filterClause() != null) {
            type(call.filterClause().expr(), scope, grouped);
        }
        if (call.orderByClause() != null) {
            call.orderByClause().orderingTerm().forEach(t -> type(t.expr(), scope, grouped));
        }
        if (signature == null) {
            return ValueType.NULL;
        }
        boolean anyNull = types.stream().anyMatch(ValueType::nullable);
        SqlType type = signature.type() != null
                ? signature.type()
                : Functions.resultType(name, types.stream().map(ValueType::type).toList());
        boolean aggregate = Functions.isAggregate(name, args.size());
        return switch (signature.rule()) {
            case NEVER_NULL -> ValueType.of(type, false);
            case NULL_IF_ANY_ARG_NULL -> ValueType.of(type, anyNull);
            case ALWAYS_NULLABLE -> ValueType.of(type, !args.isEmpty() || !clockFunction(name));
            case AGGREGATE_NULL_ON_EMPTY, LIKE_FIRST_ARG ->
                ValueType.of(type, anyNull || aggregate && mayAggregateNoRow(call, grouped));
            case FIRST_NON_NULL -> ValueType.of(type, types.stream().allMatch(ValueType::nullable));
            case IIF ->
                types.size() < 2
                        ? ValueType.NULL
                        : ValueType.of(
                                type,
                                types.get(1).nullable()
                                        || types.size() < 3
                                        || types.get(2).nullable());
            case LIKE_FIRST_ARG_NULLABLE -> ValueType.of(type, true);
        };
    }

    /**
     * Whether an aggregate may run over no row, and so yield NULL: without GROUP BY (empty input),
     * with FILTER, or as a window function whose frame may be empty. The default frame always holds
     * the current row; an explicit or named one may not ('ROWS BETWEEN 1 FOLLOWING AND 1 FOLLOWING'
     * on the last row), https://www.sqlite.org/windowfunctions.html#frame_specifications.
     */
    private static boolean mayAggregateNoRow(SQLiteParser.FunctionCallContext call, boolean grouped) {
        SQLiteParser.OverClauseContext over = call.overClause();
        if (call.filterClause() != null) {
            return true;
        }
        if (over == null) {
            return !grouped;
        }
        return over.windowSpec() == null
                || over.windowSpec().frameSpec() != null
                || over.windowSpec().name() != null;
    }

    /** date(), time(), datetime(), unixepoch() and julianday() without arguments read the clock and never fail. */
    private static boolean clockFunction(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "date", "time", "datetime", "unixepoch", "julianday" -> true;
            default -> false;
        };
    }

    private static ValueType literal(SQLiteParser.LiteralValueContext literal) {
        if (literal.NUMERIC_LITERAL() != null) {
            String text = literal.getText().toLowerCase(java.util.Locale.ROOT);
            boolean real = !text.startsWith("0x") && (text.contains(".") || text.contains("e"));
            return ValueType.of(real ? SqlType.REAL : SqlType.INTEGER, false);
        }
        if (literal.STRING_LITERAL() != null
                || literal.CURRENT_DATE_() != null
                || literal.CURRENT_TIME_() != null
                || literal.CURRENT_TIMESTAMP_() != null) {
            return ValueType.of(SqlType.TEXT, false);
        }
        if (literal.BLOB_LITERAL() != null) {
            return ValueType.of(SqlType.BLOB, false);
        }
        if (literal.TRUE_() != null || literal.FALSE_() != null) {
            return ValueType.of(SqlType.BOOLEAN, false);
        }
        return ValueType.NULL;
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
            params.constrain(token, neighbour.type());
            params.origin(token, neighbour.table(), neighbour.column());
        }
    }

    void markNullable(ExprContext e) {
        Token token = parameterToken(e);
        if (token != null) {
            params.nullable(token);
        }
    }

    /** The parameter token of a bare parameter (parentheses allowed), or null. */
    static Token parameterToken(ExprContext e) {
        if (e instanceof SQLiteParser.ParameterExprContext p) {
            return p.BIND_PARAMETER().getSymbol();
        }
        if (e instanceof SQLiteParser.ParenExprContext paren && paren.expr().size() == 1) {
            return parameterToken(paren.expr(0));
        }
        return null;
    }
}
