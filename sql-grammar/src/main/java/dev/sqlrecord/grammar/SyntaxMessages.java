package dev.sqlrecord.grammar;

import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Words a syntax error the way SQLite does ("near "x": syntax error", "incomplete input",
 * "unrecognized token") and adds what could have come instead, in terms of the language rather
 * than of the grammar: "an expression" and "a name" stand for the many tokens that start one.
 */
final class SyntaxMessages {
    /** Beyond this many alternatives a list of what was expected stops helping. */
    private static final int MAX_EXPECTED = 8;

    /** The tokens that can start an expression, and those that can be a name, read from the grammar. */
    private static final IntervalSet EXPRESSION_START = first(SQLiteParser.RULE_expr);

    private static final IntervalSet NAME = first(SQLiteParser.RULE_name);
    private static final IntervalSet STATEMENT_START = first(SQLiteParser.RULE_statement);

    /** The operators that can follow an operand; listed as "an operator" when most of them could come. */
    private static final IntervalSet OPERATOR = new IntervalSet(
            SQLiteLexer.ASSIGN,
            SQLiteLexer.STAR,
            SQLiteLexer.PLUS,
            SQLiteLexer.MINUS,
            SQLiteLexer.PIPE2,
            SQLiteLexer.JPTR2,
            SQLiteLexer.JPTR,
            SQLiteLexer.DIV,
            SQLiteLexer.MOD,
            SQLiteLexer.LT2,
            SQLiteLexer.GT2,
            SQLiteLexer.AMP,
            SQLiteLexer.PIPE,
            SQLiteLexer.LT,
            SQLiteLexer.LT_EQ,
            SQLiteLexer.GT,
            SQLiteLexer.GT_EQ,
            SQLiteLexer.EQ,
            SQLiteLexer.NOT_EQ1,
            SQLiteLexer.NOT_EQ2,
            SQLiteLexer.AND_,
            SQLiteLexer.OR_,
            SQLiteLexer.IS_,
            SQLiteLexer.IN_,
            SQLiteLexer.LIKE_,
            SQLiteLexer.GLOB_,
            SQLiteLexer.MATCH_,
            SQLiteLexer.REGEXP_,
            SQLiteLexer.BETWEEN_,
            SQLiteLexer.NOT_,
            SQLiteLexer.ISNULL_,
            SQLiteLexer.NOTNULL_,
            SQLiteLexer.COLLATE_);

    private SyntaxMessages() {}

    static String describe(Token token, IntervalSet expected) {
        String message = switch (token.getType()) {
            case Token.EOF -> "incomplete input";
            case SQLiteLexer.UNEXPECTED_CHAR,
                    SQLiteLexer.INVALID_NUMBER,
                    SQLiteLexer.INVALID_BLOB,
                    SQLiteLexer.UNTERMINATED_LITERAL,
                    SQLiteLexer.INVALID_PARAMETER -> "unrecognized token: \"" + firstLine(token.getText()) + "\"";
            default -> "near \"" + firstLine(token.getText()) + "\": syntax error";
        };
        // What a malformed token should have been is not something a list of tokens answers.
        boolean malformed = message.startsWith("unrecognized");
        String words = expected == null || malformed ? "" : expected(expected);
        return words.isEmpty() ? message : message + "; expected " + words;
    }

    /** A token as a message quotes it: on one line, its first, with "..." for the rest. */
    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        int cr = text.indexOf('\r');
        end = end < 0 || cr >= 0 && cr < end ? cr : end;
        return end < 0 ? text : text.substring(0, end) + "...";
    }

    private static IntervalSet first(int rule) {
        ATN atn = SQLiteParser._ATN;
        return atn.nextTokens(atn.ruleToStartState[rule]);
    }

    static String expected(IntervalSet set) {
        boolean expression = set.contains(SQLiteLexer.NUMERIC_LITERAL) && set.contains(SQLiteLexer.BIND_PARAMETER);
        boolean name = set.contains(SQLiteLexer.IDENTIFIER);
        boolean statement = set.contains(SQLiteLexer.SELECT_) && set.contains(SQLiteLexer.CREATE_);
        boolean operator =
                set.contains(SQLiteLexer.PLUS) && set.contains(SQLiteLexer.STAR) && set.contains(SQLiteLexer.AND_);
        List<String> words = new ArrayList<>();
        if (statement) {
            words.add("a statement");
        }
        if (expression) {
            words.add("an expression");
        } else if (name) {
            words.add("a name");
        }
        boolean end = false;
        for (int type : set.toList()) {
            if (type == Token.EOF) {
                end = true;
            } else if (!(expression && EXPRESSION_START.contains(type)
                    || name && NAME.contains(type)
                    || statement && STATEMENT_START.contains(type)
                    || operator && OPERATOR.contains(type))) {
                String word = display(type);
                if (word != null && !words.contains(word)) {
                    words.add(word);
                }
            }
        }
        if (operator) {
            words.add("an operator");
        }
        if (end) {
            words.add("end of input");
        }
        if (words.isEmpty()) {
            return "";
        }
        if (words.size() > MAX_EXPECTED) {
            return String.join(", ", words.subList(0, MAX_EXPECTED)) + ", ...";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String display(int type) {
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
