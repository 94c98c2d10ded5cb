package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * What D1 refuses that SQLite accepts: transaction statements, more than 100 parameters, functions
 * and PRAGMAs outside its allowlists, and SQL newer than its SQLite or beyond its limits ({@link D1Syntax}).
 */
final class D1Lints {
    /** D1 binds at most 100 values per statement (workerd's SQLITE_LIMIT_VARIABLE_NUMBER). */
    static final int MAX_PARAMS = 100;

    private D1Lints() {}

    static void check(ParsedStatement parsed, List<String> bindings, Sink sink) {
        SQLiteParser.StatementContext statement = parsed.tree();
        if (parsed.controlsTransaction()) {
            String keyword = statement.getStart().getText().toUpperCase(Locale.ROOT);
            sink.report(
                    Rule.D1_TRANSACTION,
                    statement.getStart(),
                    "D1 refuses " + keyword + ": it has no SQL"
                            + " transaction statements and runs each statement as its own transaction; to make several"
                            + " statements atomic, send them together with Database.batch(...)");
        }
        paramLimit(statement, bindings, sink);
        functions(statement, sink);
        D1Syntax.check(statement, sink);
    }

    /**
     * A migration statement: its functions, PRAGMAs and syntax. Transaction statements are the
     * migration hazards' to report, and migrations bind no parameters.
     */
    static void migration(SQLiteParser.StatementContext statement, Sink sink) {
        functions(statement, sink);
        D1Syntax.check(statement, sink);
    }

    /** An {@code IN (:ids)} list is bound as one value (a JSON array), so every marker counts one. */
    private static void paramLimit(SQLiteParser.StatementContext statement, List<String> bindings, Sink sink) {
        if (bindings.size() > MAX_PARAMS) {
            String how = bindings.size() + " values";
            sink.report(
                    Rule.D1_PARAM_LIMIT,
                    statement.getStart(),
                    "this statement binds " + how + ", but D1 binds at most " + MAX_PARAMS
                            + " per statement; split it (several statements in one Database.batch), or pass fewer values");
        }
    }

    private static void functions(ParseTree tree, Sink sink) {
        if (tree instanceof SQLiteParser.FunctionCallContext call) {
            String name = call.functionName().getText();
            if (!D1Allowlist.function(name)) {
                String instead = D1Allowlist.alternative(name);
                sink.report(
                        Rule.D1_UNSUPPORTED_FUNCTION,
                        call.functionName().getStart(),
                        "D1 does not allow the function "
                                + name + "() (it runs only an allowlist of SQLite's functions); "
                                + (instead != null
                                        ? "call " + instead + "(), which it allows"
                                        : "compute the value in Java or rewrite" + " the expression"));
            }
        } else if (tree instanceof SQLiteParser.TableFunctionRefContext ref) {
            String name = ref.qualifiedName().object.getText();
            String lower = name.toLowerCase(Locale.ROOT);
            boolean allowed =
                    lower.startsWith("pragma_") ? D1Allowlist.pragma(lower.substring(7)) : D1Allowlist.function(lower);
            if (!allowed) {
                sink.report(
                        Rule.D1_UNSUPPORTED_FUNCTION,
                        ref.qualifiedName().object.getStart(),
                        "D1 does not allow the"
                                + " table-valued function " + name
                                + "(); only json_each, json_tree and allowlisted pragma_*"
                                + " functions run there");
            }
        } else if (tree instanceof SQLiteParser.TableRefContext ref
                && ref.qualifiedName().object.getText().toLowerCase(Locale.ROOT).startsWith("pragma_")) {
            String name = ref.qualifiedName().object.getText();
            if (!D1Allowlist.pragma(name.substring(7))) {
                sink.report(
                        Rule.D1_UNSUPPORTED_FUNCTION,
                        ref.qualifiedName().object.getStart(),
                        "D1 refuses the" + " table-valued pragma " + name + "; it runs only allowlisted PRAGMAs");
            }
        } else if (tree instanceof SQLiteParser.LikeExprContext like && like.op.getType() == SQLiteLexer.REGEXP_) {
            sink.report(
                    Rule.D1_UNSUPPORTED_FUNCTION,
                    like.op,
                    "D1 has no regexp() function, so REGEXP fails there;" + " use LIKE or GLOB, or filter in Java");
        } else if (tree instanceof SQLiteParser.PragmaStmtContext pragma) {
            pragma(pragma, sink);
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            functions(tree.getChild(i), sink);
        }
    }

    private static void pragma(SQLiteParser.PragmaStmtContext pragma, Sink sink) {
        String name = pragma.qualifiedName().object.getText();
        boolean setting = pragma.pragmaValue() != null;
        if (!D1Allowlist.pragma(name)) {
            sink.report(
                    Rule.D1_UNSUPPORTED_FUNCTION,
                    pragma.qualifiedName().object.getStart(),
                    "D1 refuses PRAGMA "
                            + name
                            + " (not authorized); it runs only table_info, table_list, index_list, foreign_key_list,"
                            + " foreign_key_check, quick_check, optimize, foreign_keys, defer_foreign_keys and a few other"
                            + " toggles");
        } else if (setting && D1Allowlist.READ_ONLY_PRAGMAS.contains(name.toLowerCase(Locale.ROOT))) {
            sink.report(
                    Rule.D1_UNSUPPORTED_FUNCTION,
                    pragma.qualifiedName().object.getStart(),
                    "D1 lets PRAGMA " + name + " be read, not set");
        }
    }
}
