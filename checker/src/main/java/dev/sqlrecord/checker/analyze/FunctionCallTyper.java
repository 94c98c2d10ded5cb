package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.util.List;

/**
 * Types a function call from the rule table in {@link Functions}, and tells its arguments'
 * parameters what the function expects of them; the expressions themselves are {@link ExprTyper}'s.
 */
final class FunctionCallTyper {
    private final ExprTyper expressions;

    FunctionCallTyper(ExprTyper expressions) {
        this.expressions = expressions;
    }

    ValueType type(SQLiteParser.FunctionCallContext call, Scope scope, boolean grouped) {
        String name = call.functionName().getText();
        List<ExprContext> args = call.expr();
        for (int i = 0; i < args.size(); i++) {
            expressions.constrainParam(args.get(i), Functions.parameterType(name, i));
            if (Functions.jsonArgument(name, i)) {
                expressions.markJsonText(args.get(i));
            }
        }
        Functions.Signature signature = Functions.signature(name);
        if (signature != null && signature.rule() == Functions.Rule.FIRST_NON_NULL) {
            args.forEach(expressions::markNullable);
        }
        List<ValueType> types =
                args.stream().map(a -> expressions.type(a, scope, grouped)).toList();
        int shared = Functions.firstSharedArgument(name);
        if (shared >= 0 && shared < args.size()) {
            // coalesce(:name, name): a parameter among values that may be returned takes their type.
            SqlType type = null;
            for (int i = shared; i < args.size(); i++) {
                type = ExprTyper.parameterToken(args.get(i)) == null
                        ? Functions.merge(type, types.get(i).type())
                        : type;
            }
            for (int i = shared; i < args.size(); i++) {
                expressions.constrainParam(args.get(i), type);
            }
            types = args.stream().map(a -> expressions.type(a, scope, grouped)).toList();
        }
        if (call.filterClause() != null) {
            expressions.type(call.filterClause().expr(), scope, grouped);
        }
        if (call.orderByClause() != null) {
            call.orderByClause().orderingTerm().forEach(t -> expressions.type(t.expr(), scope, grouped));
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
            case NULL_UNLESS_NUMBERS ->
                ValueType.of(
                        type,
                        anyNull
                                || types.stream()
                                        .anyMatch(t -> t.type() != SqlType.INTEGER
                                                && t.type() != SqlType.REAL
                                                && t.type() != SqlType.BOOLEAN));
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
}
