package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.analyze.Scope.NamedValue;
import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Result columns built in JSON: {@code json_object('k', v, ...)} is one object whose keys are typed
 * as result columns with those expressions; {@code json_group_array(json_object(...))} a list of
 * them, never NULL ({@code []} over no rows). A key's value may itself be such a column, or a
 * scalar subquery of one wrapped in {@code json(...)}: without it SQLite hands the JSON on as a
 * string, which is refused rather than typed wrong.
 */
final class JsonShapes {
    /** A JSON value's shape: an object's keys, or a list of such objects. */
    record JsonShape(boolean list, boolean nullable, List<Key> keys) {
        JsonShape withNullable(boolean nullable) {
            return new JsonShape(list, nullable, keys);
        }
    }

    /** One key of an object: its value's type, and its shape when the value is itself JSON built so. */
    record Key(String key, ValueType type, JsonShape nested) {}

    /** Something the check must say about a nested column, where it is. */
    record Problem(ParserRuleContext at, boolean error, String code, String message) {}

    private final ExprTyper exprs;
    /** The shape of each SELECT core's result columns that are built in JSON, by column index. */
    private final Map<ParserRuleContext, Map<Integer, JsonShape>> byCore = new IdentityHashMap<>();
    /** Keyed by where and what, so that typing a subquery twice says it once. */
    private final Map<String, Problem> problems = new LinkedHashMap<>();

    JsonShapes(ExprTyper exprs) {
        this.exprs = exprs;
    }

    /** Whether {@code e} is an aggregate of JSON objects, whose keys must be typed before the FROM's rows may be missing. */
    static boolean aggregatesObjects(ExprContext e) {
        SQLiteParser.FunctionCallContext call = call(e, "json_group_array");
        return call != null
                && call.expr().size() == 1
                && call.overClause() == null
                && call(call.expr(0), "json_object") != null;
    }

    void record(SQLiteParser.SelectCoreContext core, int index, JsonShape shape) {
        if (shape != null) {
            byCore.computeIfAbsent(core, k -> new LinkedHashMap<>()).put(index, shape);
        }
    }

    /** The shapes of a top-level SELECT's columns, by 0-based index; empty for a compound SELECT. */
    Map<Integer, JsonShape> columns(SQLiteParser.SelectStmtContext select) {
        List<SQLiteParser.SelectCoreContext> cores = select.compoundSelect().selectCore();
        return cores.size() == 1 ? byCore.getOrDefault(cores.get(0), Map.of()) : Map.of();
    }

    List<Problem> problems() {
        return List.copyOf(problems.values());
    }

    /** The shape of result column {@code e}, or null when it is not built in JSON. */
    JsonShape column(ExprContext e, Scope scope, boolean grouped) {
        JsonShape shape = shape(e, scope, grouped);
        if (shape == null && unwrap(e) instanceof SQLiteParser.SubqueryExprContext sub && sub.EXISTS_() == null) {
            // A column's value is text either way: the subtype only matters inside other JSON.
            shape = subquery(sub, scope);
        }
        return shape;
    }

    private JsonShape shape(ExprContext e, Scope scope, boolean grouped) {
        if (aggregatesObjects(e)) {
            return list(call(e, "json_group_array"), scope, grouped);
        }
        SQLiteParser.FunctionCallContext object = call(e, "json_object");
        if (object != null) {
            return object(object, scope, grouped);
        }
        SQLiteParser.FunctionCallContext json = call(e, "json");
        if (json != null
                && json.expr().size() == 1
                && unwrap(json.expr(0)) instanceof SQLiteParser.SubqueryExprContext sub
                && sub.EXISTS_() == null) {
            return subquery(sub, scope);
        }
        return null;
    }

    private JsonShape list(SQLiteParser.FunctionCallContext call, Scope scope, boolean grouped) {
        Scope rows = scope.copy();
        if (call.filterClause() != null) {
            NotNullFilters.present(call.filterClause().expr(), rows);
        }
        JsonShape element = object(call(call.expr(0), "json_object"), rows, grouped);
        if (element == null) {
            return null;
        }
        Scope.Source missing = rows.sources().stream()
                .filter(Scope.Source::optional)
                .findFirst()
                .orElse(null);
        if (missing != null && !missing.columns().isEmpty()) {
            String probe = missing.name() + "." + missing.columns().get(0).name();
            problem(
                    call,
                    false,
                    "nested-outer-join",
                    "json_group_array over an outer join gives [{...all NULL}] for a row whose '" + missing.name()
                            + "' found no match, so its keys are typed nullable; add FILTER (WHERE " + probe
                            + " IS NOT NULL) after json_group_array(...) to get [] there and exact types");
        }
        List<String> unbounded = NestedBounds.unbounded(call);
        if (!unbounded.isEmpty()) {
            problem(
                    call,
                    false,
                    "nested-unbounded",
                    "json_group_array reads every row of '" + String.join("', '", unbounded) + "' with no bound,"
                            + " and D1 refuses a value over about 2 MB; read them through a subquery with a LIMIT"
                            + " (FROM (SELECT ... ORDER BY ... LIMIT n) AS x), or group by one of their columns");
        }
        // json_group_array over no rows is '[]', never NULL.
        return new JsonShape(true, false, element.keys());
    }

    private JsonShape object(SQLiteParser.FunctionCallContext call, Scope scope, boolean grouped) {
        List<ExprContext> args = call.expr();
        if (args.size() % 2 != 0) {
            return null;
        }
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!(unwrap(args.get(i)) instanceof SQLiteParser.LiteralExprContext literal)
                    || literal.literalValue().STRING_LITERAL() == null) {
                return null; // keys known only at run time: plain JSON text
            }
            String key = Names.unquote(literal.getText());
            ExprContext value = args.get(i + 1);
            JsonShape nested = shape(value, scope, grouped);
            ValueType type = exprs.type(value, scope, grouped);
            if (nested == null) {
                refuseLostSubtype(value, scope);
                if (embedsJson(value)) {
                    problem(
                            value,
                            true,
                            "json-embedded",
                            "key '" + key + "' holds a JSON value whose shape the"
                                    + " check does not type; build it with json_object(...) or"
                                    + " json_group_array(json_object(...)) so that its keys are typed");
                } else if (type.type() == SqlType.BLOB) {
                    problem(
                            value,
                            true,
                            "json-blob",
                            "key '" + key + "' holds a blob, which JSON cannot hold;" + " write hex(" + value.getText()
                                    + ") or base64 it to carry it as text");
                } else if (type.type() == SqlType.ANY) {
                    problem(
                            value,
                            true,
                            "json-untyped",
                            "the type of key '" + key + "' is unknown here;" + " write CAST(" + value.getText()
                                    + " AS TEXT) (or INTEGER, REAL) to say what it is");
                }
            }
            keys.add(new Key(key, type, nested));
        }
        return new JsonShape(false, false, keys);
    }

    /** A scalar subquery of JSON, not wrapped in json(...), would arrive as a string: refused, with the fix. */
    private void refuseLostSubtype(ExprContext value, Scope scope) {
        if (unwrap(value) instanceof SQLiteParser.SubqueryExprContext sub
                && sub.EXISTS_() == null
                && subquery(sub, scope) != null) {
            problem(
                    value,
                    true,
                    "json-subtype-lost",
                    "a scalar subquery hands its JSON on as a string, so this"
                            + " key would hold text, not the object or list its subquery builds; wrap it in json(...)");
        }
    }

    /** A scalar subquery's one column, when built in JSON: NULL when it may find no row. */
    private JsonShape subquery(SQLiteParser.SubqueryExprContext sub, Scope scope) {
        List<NamedValue> typed = exprs.statements().select(sub.selectStmt(), scope);
        JsonShape inner = columns(sub.selectStmt()).get(0);
        if (inner == null || typed.size() != 1) {
            return null;
        }
        return inner.withNullable(inner.nullable() || !Aggregates.exactlyOneRow(sub.selectStmt()));
    }

    /**
     * A value SQLite embeds in the object as JSON rather than as text: what JSON functions and
     * {@code ->} return (an array or object from json_extract too).
     */
    private static boolean embedsJson(ExprContext value) {
        ExprContext bare = unwrap(value);
        if (bare instanceof SQLiteParser.ConcatExprContext concat) {
            return concat.op.getType() == SQLiteParser.JPTR;
        }
        if (!(bare instanceof SQLiteParser.FunctionExprContext f)) {
            return false;
        }
        String name = f.functionCall().functionName().getText().toLowerCase(Locale.ROOT);
        return name.startsWith("json")
                && !name.equals("json_type")
                && !name.equals("json_valid")
                && !name.equals("json_array_length")
                && !name.equals("json_error_position");
    }

    private void problem(ParserRuleContext at, boolean error, String code, String message) {
        problems.putIfAbsent(at.getStart().getTokenIndex() + code, new Problem(at, error, code, message));
    }

    private static SQLiteParser.FunctionCallContext call(ExprContext e, String name) {
        return unwrap(e) instanceof SQLiteParser.FunctionExprContext f
                        && f.functionCall()
                                .functionName()
                                .getText()
                                .toLowerCase(Locale.ROOT)
                                .equals(name)
                ? f.functionCall()
                : null;
    }

    private static ExprContext unwrap(ExprContext e) {
        while (e instanceof SQLiteParser.ParenExprContext paren && paren.expr().size() == 1) {
            e = paren.expr(0);
        }
        return e;
    }
}
