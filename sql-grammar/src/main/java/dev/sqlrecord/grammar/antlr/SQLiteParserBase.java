package dev.sqlrecord.grammar.antlr;

import java.util.Locale;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What the grammar cannot say in rules: the predicates that make ANTLR read SQL the way SQLite's
 * LALR parser does, and the checks SQLite makes on a statement's form while it parses.
 */
public abstract class SQLiteParserBase extends Parser {

    protected SQLiteParserBase(TokenStream input) {
        super(input);
    }

    /** True when the next token is one of {@code types}. */
    protected boolean next(int... types) {
        int next = _input.LA(1);
        for (int type : types) {
            if (next == type) {
                return true;
            }
        }
        return false;
    }

    /** True when the token just read is of {@code type}. */
    protected boolean previous(int type) {
        Token previous = _input.LT(-1);
        return previous != null && previous.getType() == type;
    }

    /**
     * CAST, RAISE and CURRENT_DATE/TIME/TIMESTAMP can be names, but where an expression starts
     * SQLite reads them as the start of their own expression, even when that then fails.
     */
    protected boolean expressionKeywordNext() {
        return next(
                SQLiteLexer.CAST_,
                SQLiteLexer.RAISE_,
                SQLiteLexer.CURRENT_DATE_,
                SQLiteLexer.CURRENT_TIME_,
                SQLiteLexer.CURRENT_TIMESTAMP_);
    }

    /** "GENERATED ALWAYS AS" after a column name or type starts a generated-column constraint. */
    protected boolean generatedAlwaysAs() {
        return _input.LA(1) == SQLiteLexer.GENERATED_
                && _input.LA(2) == SQLiteLexer.ALWAYS_
                && _input.LA(3) == SQLiteLexer.AS_;
    }

    /**
     * SQLite puts = == != <> IS IN LIKE GLOB MATCH REGEXP BETWEEN ISNULL NOTNULL and NOT NULL on
     * one left-associative level, so an operand of one of them (the right one, a LIKE pattern or
     * escape, the upper bound of BETWEEN) cannot hold another. The lower bound of BETWEEN can:
     * there SQLite's parser keeps reading until the AND.
     */
    protected boolean groupOperatorAllowed(ParserRuleContext operand) {
        ParserRuleContext parent = operand.getParent();
        if (parent instanceof SQLiteParser.BetweenExprContext between) {
            return between.AND_() == null;
        }
        return !isGroupOperator(parent);
    }

    /** AND and OR cannot appear unparenthesised in an operand of the operators above. */
    protected boolean logicOperatorAllowed(ParserRuleContext operand) {
        return !isGroupOperator(operand.getParent());
    }

    private static boolean isGroupOperator(ParserRuleContext context) {
        return context instanceof SQLiteParser.EqualityExprContext
                || context instanceof SQLiteParser.IsExprContext
                || context instanceof SQLiteParser.LikeExprContext
                || context instanceof SQLiteParser.BetweenExprContext;
    }

    /** Whether an ON CONFLICT clause may come next in an INSERT: not after one without a target. */
    protected boolean upsertMayFollow(ParserRuleContext insert) {
        SQLiteParser.UpsertClauseContext last = null;
        for (ParseTree child : insert.children) {
            if (child instanceof SQLiteParser.UpsertClauseContext upsert) {
                last = upsert;
            }
        }
        return last == null || last.OPEN_PAR() != null;
    }

    /** The first item of a FROM clause joins nothing, so it cannot have ON or USING. */
    protected void checkFirstJoin(ParserRuleContext from) {
        if (from.getChildCount() > 1 && from.getChild(1) instanceof SQLiteParser.JoinConstraintContext constraint) {
            notifyErrorListeners(
                    constraint.getStart(),
                    "a JOIN clause is required before "
                            + constraint.getStart().getText().toUpperCase(Locale.ROOT),
                    null);
        }
    }

    /** Whether the compound so far ends in a SELECT (not VALUES), which may take ORDER BY and LIMIT. */
    protected boolean endsWithSelect(ParserRuleContext select) {
        var cores = ((SQLiteParser.SelectStmtContext) select).compoundSelect().selectCore();
        return cores.get(cores.size() - 1) instanceof SQLiteParser.PlainSelectContext;
    }

    /** Statements are separated by ';'; anything else after a complete statement is an error. */
    protected void statementEnds() {
        int next = _input.LA(1);
        if (next != SQLiteLexer.SCOL && next != Token.EOF) {
            throw new InputMismatchException(this);
        }
    }

    /**
     * SQLite's join keywords combine freely ("LEFT NATURAL OUTER JOIN"), up to three, except
     * INNER or CROSS with an outer join, and OUTER without LEFT, RIGHT or FULL.
     */
    protected void checkJoinType(ParserRuleContext operator) {
        int count = 0;
        boolean inner = false;
        boolean outer = false;
        boolean side = false;
        StringBuilder words = new StringBuilder();
        for (ParseTree child : operator.children) {
            int type = ((TerminalNode) child).getSymbol().getType();
            if (type == SQLiteLexer.JOIN_) {
                break;
            }
            count++;
            words.append(words.length() == 0 ? "" : " ").append(child.getText());
            switch (type) {
                case SQLiteLexer.INNER_, SQLiteLexer.CROSS_ -> inner = true;
                case SQLiteLexer.OUTER_ -> outer = true;
                case SQLiteLexer.LEFT_, SQLiteLexer.RIGHT_, SQLiteLexer.FULL_ -> {
                    outer = true;
                    side = true;
                }
                default -> {}
            }
        }
        if (count > 3 || inner && outer || outer && !side) {
            notifyErrorListeners(operator.getStart(), "unknown join type: " + words, null);
        }
    }

    /** A frame may not end before it starts: "ROWS BETWEEN CURRENT ROW AND 1 PRECEDING". */
    protected void checkFrame(ParserRuleContext frame) {
        SQLiteParser.FrameSpecContext spec = (SQLiteParser.FrameSpecContext) frame;
        int start = spec.frameStart().getStop().getType();
        int end = spec.frameEnd() == null
                ? SQLiteLexer.ROW_
                : spec.frameEnd().getStop().getType();
        boolean backwards = start == SQLiteLexer.ROW_ && end == SQLiteLexer.PRECEDING_
                || start == SQLiteLexer.FOLLOWING_ && (end == SQLiteLexer.PRECEDING_ || end == SQLiteLexer.ROW_);
        if (backwards) {
            notifyErrorListeners(spec.getStart(), "unsupported frame specification", null);
        }
    }

    /** The only table options are WITHOUT ROWID and STRICT, written as plain words. */
    protected void checkTableOption(ParserRuleContext option) {
        String word = option.getChild(option.getChildCount() - 1).getText().toLowerCase(Locale.ROOT);
        boolean without = option.getChildCount() == 2;
        if (!(without ? word.equals("rowid") : word.equals("strict"))) {
            notifyErrorListeners(option.getStart(), "unknown table option: " + option.getText(), null);
        }
    }
}
