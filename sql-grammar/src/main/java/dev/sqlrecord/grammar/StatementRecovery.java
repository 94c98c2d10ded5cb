package dev.sqlrecord.grammar;

import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.PredictionContext;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Error handling at statement granularity, like a person reading a script: the first error of a
 * statement is reported, the rest of that statement is skipped, and parsing resumes after its
 * ';'. ANTLR's default single-token repairs are turned off: they guess at what was meant and
 * then report follow-on errors that are not really there.
 */
final class StatementRecovery extends DefaultErrorStrategy {

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        IntervalSet expected;
        if (parser.getContext() instanceof SQLiteParser.StatementContext && e instanceof InputMismatchException) {
            // A complete statement followed by more: the usual cause is a missing ';'.
            expected = IntervalSet.of(SQLiteLexer.SCOL);
        } else if (e instanceof NoViableAltException noViable && offending != parser.getCurrentToken()) {
            // The decision looked ahead and failed further on: ask the paths it was following.
            expected = expectedAfter(parser.getATN(), noViable.getDeadEndConfigs());
        } else {
            expected = expectedAt(
                    parser.getATN(),
                    e.getOffendingState() >= 0 ? e.getOffendingState() : parser.getState(),
                    e.getCtx() != null ? e.getCtx() : parser.getContext());
        }
        parser.notifyErrorListeners(offending, SyntaxMessages.describe(offending, expected), e);
    }

    /**
     * What could come next at an ATN state, following the rule contexts outwards until the end of
     * the statement, where only ';' or the end of input can follow (another statement cannot).
     */
    private static IntervalSet expectedAt(ATN atn, int state, RuleContext context) {
        IntervalSet following = atn.nextTokens(atn.states.get(state));
        IntervalSet out = new IntervalSet(following);
        out.remove(Token.EPSILON);
        while (following.contains(Token.EPSILON) && context != null && context.invokingState >= 0) {
            if (context instanceof SQLiteParser.StatementContext) {
                out.add(SQLiteLexer.SCOL);
                out.add(Token.EOF);
                return out;
            }
            RuleTransition call =
                    (RuleTransition) atn.states.get(context.invokingState).transition(0);
            following = atn.nextTokens(call.followState);
            out.addAll(following);
            out.remove(Token.EPSILON);
            context = context.parent;
        }
        return out;
    }

    /** The tokens that the parser's paths could have taken next when they all failed. */
    private static IntervalSet expectedAfter(ATN atn, ATNConfigSet configs) {
        IntervalSet out = new IntervalSet();
        if (configs != null) {
            for (ATNConfig config : configs) {
                addNext(atn, config.state, config.context, out, 0);
            }
        }
        return out;
    }

    private static void addNext(ATN atn, ATNState state, PredictionContext context, IntervalSet out, int depth) {
        IntervalSet next = atn.nextTokens(state);
        out.addAll(next);
        out.remove(Token.EPSILON);
        if (!next.contains(Token.EPSILON) || context == null || depth > 20) {
            return;
        }
        for (int i = 0; i < context.size(); i++) {
            int returnState = context.getReturnState(i);
            if (returnState != PredictionContext.EMPTY_RETURN_STATE
                    && atn.states.get(returnState).ruleIndex == SQLiteParser.RULE_statementList) {
                out.add(SQLiteLexer.SCOL);
                out.add(Token.EOF);
            } else if (returnState != PredictionContext.EMPTY_RETURN_STATE) {
                addNext(atn, atn.states.get(returnState), context.getParent(i), out, depth + 1);
            }
        }
    }

    /** Unwinds to the statement that failed, then skips the rest of it. */
    @Override
    public void recover(Parser parser, RecognitionException e) {
        ParserRuleContext context = parser.getContext();
        if (context instanceof SQLiteParser.StatementContext statement) {
            skipStatement(parser, statement);
            endErrorCondition(parser);
        } else if (context instanceof SQLiteParser.ParseContext) {
            parser.getInputStream().seek(parser.getInputStream().size() - 1);
            endErrorCondition(parser);
        } else {
            throw e;
        }
    }

    @Override
    public Token recoverInline(Parser parser) {
        throw new InputMismatchException(parser);
    }

    /** Between statements, skips a run of tokens that cannot start one, reporting it once. */
    @Override
    public void sync(Parser parser) {
        if (!(parser.getContext() instanceof SQLiteParser.StatementListContext)) {
            return;
        }
        Token next = parser.getCurrentToken();
        IntervalSet expected = parser.getExpectedTokens();
        if (next.getType() == Token.EOF || expected.contains(next.getType())) {
            return;
        }
        parser.notifyErrorListeners(next, SyntaxMessages.describe(next, expected), null);
        while (parser.getInputStream().LA(1) != SQLiteLexer.SCOL
                && parser.getInputStream().LA(1) != Token.EOF) {
            parser.consume();
        }
    }

    /**
     * Skips to the ';' that ends the failed statement. A CREATE TRIGGER body holds ';'s of its
     * own: once its BEGIN has been reached the statement ends at "END;" instead.
     */
    private static void skipStatement(Parser parser, SQLiteParser.StatementContext statement) {
        TokenStream input = parser.getInputStream();
        SQLiteParser.CreateTriggerStmtContext trigger = statement.createTriggerStmt();
        boolean triggerOpen = isCreateTrigger(input, statement.getStart().getTokenIndex())
                && (trigger == null || trigger.END_() == null);
        boolean body = false;
        for (int i = statement.getStart().getTokenIndex(); triggerOpen && i < input.index(); i++) {
            body |= input.get(i).getType() == SQLiteLexer.BEGIN_;
        }
        int last = Token.INVALID_TYPE;
        while (input.LA(1) != Token.EOF && !(input.LA(1) == SQLiteLexer.SCOL && (!body || last == SQLiteLexer.END_))) {
            body |= triggerOpen && input.LA(1) == SQLiteLexer.BEGIN_;
            last = input.LA(1);
            parser.consume();
        }
    }

    /** Whether the statement starting at {@code start} is [EXPLAIN ...] CREATE [TEMP] TRIGGER. */
    private static boolean isCreateTrigger(TokenStream input, int start) {
        boolean create = false;
        for (int i = start, seen = 0; i < input.size() && seen < 5; i++) {
            int type = input.get(i).getType();
            if (input.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                create |= type == SQLiteLexer.CREATE_;
                if (type == SQLiteLexer.TRIGGER_) {
                    return create;
                }
                seen++;
            }
        }
        return false;
    }
}
