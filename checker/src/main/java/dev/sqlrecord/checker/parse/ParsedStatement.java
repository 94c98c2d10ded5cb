package dev.sqlrecord.checker.parse;

import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * One statement of a parsed script: its tree, its text and where that text starts in the file.
 *
 * @param start the file position of the statement's first character
 */
public record ParsedStatement(SQLiteParser.StatementContext tree, String text, TextPosition start, List<Token> tokens) {

    /** The statements of {@code parsed}, whose text is {@code sql}, which starts at {@code origin} in its file. */
    public static List<ParsedStatement> split(ParsedSql parsed, String sql, TextPosition origin) {
        List<ParsedStatement> out = new ArrayList<>();
        for (SQLiteParser.StatementContext statement :
                parsed.tree().statementList().statement()) {
            Token first = statement.getStart();
            Token last = statement.getStop();
            if (first == null
                    || last == null
                    || first.getType() == Token.EOF
                    || last.getStopIndex() < first.getStartIndex()) {
                continue;
            }
            String text = sql.substring(first.getStartIndex(), last.getStopIndex() + 1);
            TextPosition at = origin.offset(first.getLine(), first.getCharPositionInLine() + 1);
            List<Token> tokens = parsed.tokens().getTokens(first.getTokenIndex(), last.getTokenIndex());
            out.add(new ParsedStatement(statement, text, at, tokens == null ? List.of() : tokens));
        }
        return out;
    }

    /** The file position of a token of this statement. */
    public TextPosition position(Token token) {
        Token first = tokens.get(0);
        int line = token.getLine() - first.getLine() + 1;
        int column = line == 1
                ? token.getCharPositionInLine() - first.getCharPositionInLine() + 1
                : token.getCharPositionInLine() + 1;
        return start.offset(line, column);
    }

    /** Whether this is a transaction statement: BEGIN, COMMIT/END, ROLLBACK, SAVEPOINT or RELEASE. */
    public boolean controlsTransaction() {
        return tree.beginStmt() != null
                || tree.commitStmt() != null
                || tree.rollbackStmt() != null
                || tree.savepointStmt() != null
                || tree.releaseStmt() != null;
    }

    /** Where a diagnostic about {@code token} points: at the token, or at the statement's start when null. */
    public TextPosition at(Token token) {
        return token == null ? start : position(token);
    }

    /** How many characters a diagnostic about {@code token} underlines: the token's, or one when null. */
    public static int length(Token token) {
        return token == null ? 1 : token.getText().length();
    }

    /** The first token that names {@code name} (quoted or not, any case), or null. */
    public Token find(String name) {
        if (name == null) {
            return null;
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Token token : tokens) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL
                    && token.getType() != SQLiteLexer.STRING_LITERAL
                    && Names.unquote(token.getText()).toLowerCase(Locale.ROOT).equals(wanted)) {
                return token;
            }
        }
        return null;
    }
}
