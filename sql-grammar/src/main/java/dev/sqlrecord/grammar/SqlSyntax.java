package dev.sqlrecord.grammar;

import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses SQLite SQL. Tries the fast SLL prediction first and falls back to full LL only when SLL
 * fails, the usual two-stage strategy: almost every real statement parses in the first stage.
 */
public final class SqlSyntax {
    private SqlSyntax() {}

    /** Parses a script of zero or more statements; never throws for bad input. */
    public static ParsedSql parse(String sql) {
        CommonTokenStream tokens = new CommonTokenStream(new SQLiteLexer(CharStreams.fromString(sql)));
        SQLiteParser parser = new SQLiteParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return new ParsedSql(parser.parse(), tokens, List.of());
        } catch (ParseCancellationException slowPath) {
            tokens.seek(0);
            parser.reset();
            List<SyntaxError> errors = new ArrayList<>();
            parser.addErrorListener(new SyntaxErrorCollector(errors));
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            SQLiteParser.ParseContext tree = parser.parse();
            return new ParsedSql(tree, tokens, errors);
        }
    }
}
