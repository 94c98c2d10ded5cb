package dev.sqlrecord.checker.lint;

import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * SQL that the check's SQLite (3.54) runs but D1 refuses: forms newer than D1's SQLite, and what
 * D1's authorizer and limits forbid. Each rule is one the local D1 was seen to refuse while
 * sqlite-jdbc ran the same SQL (runtime's {@code D1RefusesD1Test} keeps proving it).
 */
final class D1Syntax {
    /** D1: SQLITE_LIMIT_COMPOUND_SELECT. */
    static final int MAX_COMPOUND_TERMS = 5;
    /** D1: SQLITE_LIMIT_COLUMN. */
    static final int MAX_COLUMNS = 100;
    /** D1: SQLITE_LIMIT_LIKE_PATTERN_LENGTH, in bytes. */
    static final int MAX_LIKE_PATTERN_BYTES = 50;
    /** D1: SQLITE_LIMIT_SQL_LENGTH, in bytes of UTF-8. */
    static final int MAX_STATEMENT_BYTES = 100_000;
    /** The only virtual table modules D1 lets a statement create. */
    private static final Set<String> VIRTUAL_TABLE_MODULES = Set.of("fts5", "fts5vocab");

    private D1Syntax() {}

    static void check(ParseTree tree, Sink sink) {
        if (tree instanceof SQLiteParser.AddCheckContext add) {
            sink.report(
                    Rule.D1_UNSUPPORTED_SYNTAX,
                    add.getStart(),
                    "ALTER TABLE ... ADD "
                            + (add.CONSTRAINT_() != null ? "CONSTRAINT" : "CHECK")
                            + " is new in SQLite 3.53; D1 runs an"
                            + " older SQLite and fails with a syntax error. Declare the CHECK in a new table: create it,"
                            + " copy the rows, drop the old table and rename the new one");
        } else if (tree instanceof SQLiteParser.DropConstraintContext drop) {
            sink.report(
                    Rule.D1_UNSUPPORTED_SYNTAX,
                    drop.getStart(),
                    "ALTER TABLE ... DROP CONSTRAINT is new in"
                            + " SQLite 3.53; D1 runs an older SQLite and fails with a syntax error. Rebuild the table"
                            + " without the constraint: create it anew, copy the rows, drop the old one, rename");
        } else if (tree instanceof SQLiteParser.AlterColumnContext alter) {
            String change = alter.SET_() != null ? "SET NOT NULL" : "DROP NOT NULL";
            sink.report(
                    Rule.D1_UNSUPPORTED_SYNTAX,
                    alter.getStart(),
                    "ALTER TABLE ... ALTER COLUMN ... " + change
                            + " is new in SQLite 3.53; D1 runs an older SQLite and fails with a syntax error. Rebuild"
                            + " the table with the column's new definition: create it anew, copy the rows, drop the old"
                            + " one, rename");
        } else if (tree instanceof SQLiteParser.ReindexStmtContext reindex
                && reindex.qualifiedName() != null
                && reindex.qualifiedName().schema == null
                && reindex.qualifiedName().object.getText().equalsIgnoreCase("expressions")) {
            sink.report(
                    Rule.D1_UNSUPPORTED_SYNTAX,
                    reindex.qualifiedName().getStart(),
                    "REINDEX EXPRESSIONS is new in"
                            + " SQLite 3.53; D1's older SQLite takes EXPRESSIONS for the name of a table or index and fails;"
                            + " name the index to rebuild: REINDEX <index>");
        } else if (tree instanceof SQLiteParser.VacuumStmtContext vacuum) {
            sink.report(
                    Rule.D1_UNSUPPORTED_SYNTAX,
                    vacuum.getStart(),
                    "D1 cannot VACUUM: it runs every statement in a"
                            + " transaction, where VACUUM fails; D1 manages its storage itself");
        } else if (tree instanceof SQLiteParser.AttachStmtContext || tree instanceof SQLiteParser.DetachStmtContext) {
            ParserRuleContext statement = (ParserRuleContext) tree;
            sink.report(
                    Rule.D1_UNSUPPORTED_SYNTAX,
                    statement.getStart(),
                    "D1 refuses "
                            + statement.getStart().getText().toUpperCase(Locale.ROOT)
                            + " (not authorized): a D1 database"
                            + " cannot reach another one");
        } else if (tree instanceof SQLiteParser.CreateTableStmtContext table) {
            temporary(either(table.TEMP_(), table.TEMPORARY_()), table.qualifiedName(), sink);
            if (table.columnDefinition().size() > MAX_COLUMNS) {
                sink.report(
                        Rule.D1_UNSUPPORTED_SYNTAX,
                        table.qualifiedName().object.getStart(),
                        "this table has "
                                + table.columnDefinition().size() + " columns, but D1 allows at most " + MAX_COLUMNS
                                + " (too many columns); split it into tables that share its key");
            }
        } else if (tree instanceof SQLiteParser.LikeExprContext like
                && (like.op.getType() == SQLiteLexer.LIKE_ || like.op.getType() == SQLiteLexer.GLOB_)) {
            likePattern(like.expr(1), like.op.getText().toUpperCase(Locale.ROOT), sink);
        } else if (tree instanceof SQLiteParser.FunctionCallContext call
                && !call.expr().isEmpty()
                && Set.of("like", "glob").contains(call.functionName().getText().toLowerCase(Locale.ROOT))) {
            likePattern(call.expr(0), call.functionName().getText().toUpperCase(Locale.ROOT), sink);
        } else if (tree instanceof SQLiteParser.CreateViewStmtContext view) {
            temporary(either(view.TEMP_(), view.TEMPORARY_()), view.qualifiedName(), sink);
        } else if (tree instanceof SQLiteParser.CreateTriggerStmtContext trigger) {
            temporary(either(trigger.TEMP_(), trigger.TEMPORARY_()), trigger.qualifiedName(0), sink);
        } else if (tree instanceof SQLiteParser.CreateVirtualTableStmtContext virtual) {
            String module = virtual.name().getText();
            if (!VIRTUAL_TABLE_MODULES.contains(module.toLowerCase(Locale.ROOT))) {
                sink.report(
                        Rule.D1_UNSUPPORTED_SYNTAX,
                        virtual.name().getStart(),
                        "D1 refuses virtual tables of module " + module
                                + " (not authorized); it creates only fts5 and fts5vocab tables");
            }
        } else if (tree instanceof SQLiteParser.CompoundSelectContext compound
                && compound.selectCore().size() > MAX_COMPOUND_TERMS) {
            sink.report(
                    Rule.D1_UNSUPPORTED_SYNTAX,
                    compound.compoundOperator(MAX_COMPOUND_TERMS - 1).getStart(),
                    "this compound SELECT has " + compound.selectCore().size() + " terms, but D1 allows at most "
                            + MAX_COMPOUND_TERMS + " (too many terms in compound SELECT); split it, or put the values"
                            + " in a table or a VALUES list");
        } else if (tree instanceof SQLiteParser.FunctionCallContext call
                && call.functionName().getText().equalsIgnoreCase("iif")
                && call.expr().size() != 3) {
            sink.report(
                    Rule.D1_UNSUPPORTED_SYNTAX,
                    call.functionName().getStart(),
                    "D1's SQLite takes iif() with exactly"
                            + " 3 arguments (the " + call.expr().size() + "-argument form is new in SQLite 3.48); write"
                            + " CASE WHEN ... THEN ... ELSE ... END");
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            check(tree.getChild(i), sink);
        }
    }

    /** A literal LIKE or GLOB pattern longer than D1 takes (a bound one is only known at run time). */
    private static void likePattern(SQLiteParser.ExprContext pattern, String operator, Sink sink) {
        if (!(pattern instanceof SQLiteParser.LiteralExprContext literal)
                || literal.literalValue().STRING_LITERAL() == null) {
            return;
        }
        String text = literal.getText();
        int bytes = text.substring(1, text.length() - 1).replace("''", "'").getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_LIKE_PATTERN_BYTES) {
            sink.report(
                    Rule.D1_UNSUPPORTED_SYNTAX,
                    literal.getStart(),
                    "this " + operator + " pattern has " + bytes
                            + " bytes, but D1 takes at most " + MAX_LIKE_PATTERN_BYTES
                            + " (LIKE or GLOB pattern too complex);"
                            + " compare with =, substr() or instr() instead");
        }
    }

    /** A statement longer than D1 takes; {@code text} is the statement as it will be sent. */
    static void length(String text, Token start, Sink sink) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_STATEMENT_BYTES) {
            sink.report(
                    Rule.D1_UNSUPPORTED_SYNTAX,
                    start,
                    "this statement has " + bytes + " bytes of SQL, but D1"
                            + " takes at most " + MAX_STATEMENT_BYTES + " (statement too long); split it, or bind the"
                            + " values as parameters");
        }
    }

    private static Token either(TerminalNode temp, TerminalNode temporary) {
        return temp != null ? temp.getSymbol() : temporary != null ? temporary.getSymbol() : null;
    }

    /** {@code CREATE TEMP ...}, or a name in the {@code temp} schema. */
    private static void temporary(Token temp, SQLiteParser.QualifiedNameContext name, Sink sink) {
        boolean inTempSchema = name.schema != null
                && Set.of("temp", "temporary").contains(name.schema.getText().toLowerCase(Locale.ROOT));
        if (temp != null || inTempSchema) {
            sink.report(
                    Rule.D1_UNSUPPORTED_SYNTAX,
                    temp != null ? temp : name.getStart(),
                    "D1 refuses temporary"
                            + " tables, views and triggers (not authorized); create a regular one and drop it when done");
        }
    }
}
