package dev.sqlrecord.grammar;

import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns ANTLR's reports into {@link SyntaxError}s worded for people who write SQL, not grammars. */
final class SyntaxErrorCollector extends BaseErrorListener {
    /** Beyond this many alternatives a list of what was expected stops helping. */
    private static final int MAX_EXPECTED = 6;

    private final List<SyntaxError> errors;

    SyntaxErrorCollector(List<SyntaxError> errors) {
        this.errors = errors;
    }

    @Override
    public void syntaxError(
            Recognizer<?, ?> recognizer, Object offending, int line, int column, String antlrMessage,
            RecognitionException e) {
        Token token = offending instanceof Token t ? t : null;
        int length = token == null || token.getType() == Token.EOF
                ? 1
                : Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
        String message = token == null ? antlrMessage : describe(token, recognizer);
        errors.add(new SyntaxError(line, column + 1, length, message));
    }

    private static String describe(Token token, Recognizer<?, ?> recognizer) {
        StringBuilder out = new StringBuilder();
        if (token.getType() == Token.EOF) {
            out.append("unexpected end of input");
        } else if (token.getType() == SQLiteLexer.UNEXPECTED_CHAR) {
            out.append("unexpected character '").append(token.getText()).append('\'');
        } else {
            out.append("near \"").append(token.getText()).append("\": syntax error");
        }
        if (recognizer instanceof Parser parser) {
            String expected = expected(parser.getExpectedTokens());
            if (!expected.isEmpty()) {
                out.append("; expected ").append(expected);
            }
        }
        return out.toString();
    }

    private static String expected(IntervalSet set) {
        List<String> words = new ArrayList<>();
        for (int type : set.toList()) {
            String word = display(type);
            if (word != null && !words.contains(word)) {
                words.add(word);
            }
        }
        if (words.isEmpty() || words.size() > MAX_EXPECTED) {
            return "";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String display(int type) {
        if (type == Token.EOF) {
            return "end of input";
        }
        String literal = SQLiteLexer.VOCABULARY.getLiteralName(type);
        if (literal != null) {
            String bare = literal.substring(1, literal.length() - 1);
            return Character.isLetter(bare.charAt(0)) ? bare.toUpperCase(Locale.ROOT) : "'" + bare + "'";
        }
        return switch (type) {
            case SQLiteLexer.IDENTIFIER -> "a name";
            case SQLiteLexer.NUMERIC_LITERAL -> "a number";
            case SQLiteLexer.STRING_LITERAL -> "a string";
            case SQLiteLexer.BIND_PARAMETER -> "a parameter";
            default -> null;
        };
    }
}
