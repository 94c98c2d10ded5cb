package dev.sqlrecord.grammar;

import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Collects the parser's reports as {@link SyntaxError}s. The messages are already worded for
 * people (by {@link StatementRecovery} and the grammar's checks); this adds the position.
 */
final class SyntaxErrorCollector extends BaseErrorListener {
    private final List<SyntaxError> errors;

    SyntaxErrorCollector(List<SyntaxError> errors) {
        this.errors = errors;
    }

    @Override
    public void syntaxError(
            Recognizer<?, ?> recognizer,
            Object offending,
            int line,
            int column,
            String message,
            RecognitionException e) {
        Token token = offending instanceof Token t ? t : null;
        int length = token == null || token.getType() == Token.EOF
                ? 1
                : Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
        errors.add(new SyntaxError(line, column + 1, length, message));
    }
}
