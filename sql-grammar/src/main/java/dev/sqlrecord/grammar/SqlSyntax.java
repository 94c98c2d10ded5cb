package dev.sqlrecord.grammar;

import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses SQLite SQL. Tries the fast SLL prediction first and falls back to full LL only when SLL
 * fails, the usual two-stage strategy: almost every real statement parses in the first stage.
 * The second stage also recovers from errors statement by statement, so that it reports every
 * syntax error of a script, not only the first.
 */
public final class SqlSyntax {
    private SqlSyntax() {}

    /** Parses a script of zero or more statements; never throws for bad input. */
    public static ParsedSql parse(String sql) {
        SQLiteLexer lexer = new SQLiteLexer(CharStreams.fromString(sql));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        SQLiteParser parser = new SQLiteParser(tokens);
        parser.removeErrorListeners();
        List<SyntaxError> errors = new ArrayList<>();
        parser.addErrorListener(new SyntaxErrorCollector(errors));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new QuietBail());
        try {
            try {
                return new ParsedSql(parser.parse(), tokens, errors);
            } catch (ParseCancellationException slowPath) {
                errors.clear();
                parser.reset();
                parser.setErrorHandler(new StatementRecovery());
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                SQLiteParser.ParseContext tree = parser.parse();
                return new ParsedSql(tree, tokens, errors);
            }
        } catch (StackOverflowError tooDeep) {
            // Thousands of nested parentheses; SQLite gives up far earlier (SQLITE_MAX_EXPR_DEPTH).
            Token at = parser.getCurrentToken();
            SyntaxError error = new SyntaxError(
                    at.getLine(),
                    at.getCharPositionInLine() + 1,
                    1,
                    "parser stack overflow: the statement is nested too deeply");
            return new ParsedSql(new SQLiteParser.ParseContext(null, 0), tokens, List.of(error));
        }
    }

    /** Gives up at the first syntax error without reporting it: the LL stage will. */
    private static final class QuietBail extends BailErrorStrategy {
        @Override
        public void reportError(Parser recognizer, RecognitionException e) {}
    }
}
