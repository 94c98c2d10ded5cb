package dev.sqlrecord.checker.parse;

import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * sqlc's macros in a query's SQL, rewritten to our parameters before SQLite sees the statement:
 * {@code sqlc.arg(x)} and {@code sqlc.narg(x)} become {@code :x}, and {@code sqlc.slice(x)} becomes
 * {@code :x}, which inside {@code IN (...)} is our list parameter. {@code sqlc.embed(t)} has no
 * equivalent here and is refused at its place.
 *
 * <p>The rewrite keeps every other character where it was: the parameter is padded with spaces to
 * the macro's length (line breaks inside the macro stay line breaks), so SQLite's and our own
 * diagnostics about the rest of the statement point at the right line and column of the file. The
 * padding is marked ({@link SqlcMarks}), and the SQL the generated code runs leaves it out.
 */
final class SqlcMacros {
    private SqlcMacros() {}

    /** A query's SQL with its macros rewritten, and what the rewrite marked in it. */
    record Rewritten(String sql, SqlcMarks marks) {}

    /** The SQL with its macros rewritten, or null after reporting a macro that cannot be rewritten. */
    static Rewritten rewrite(String sql, TextPosition start, String display, Diagnostics diagnostics) {
        if (!sql.toLowerCase(Locale.ROOT).contains("sqlc")) {
            return new Rewritten(sql, SqlcMarks.NONE);
        }
        BitSet padding = new BitSet();
        Set<String> nullable = new HashSet<>();
        SQLiteLexer lexer = new SQLiteLexer(CharStreams.fromString(sql));
        lexer.removeErrorListeners();
        List<Token> tokens = lexer.getAllTokens().stream()
                .map(Token.class::cast)
                .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL)
                .toList();
        char[] out = sql.toCharArray();
        boolean refused = false;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token prefix = tokens.get(i);
            // Without its '(' it is a name, such as a table of an attached database called sqlc.
            if (!prefix.getText().equalsIgnoreCase("sqlc")
                    || tokens.get(i + 1).getType() != SQLiteLexer.DOT
                    || i + 3 >= tokens.size()
                    || tokens.get(i + 3).getType() != SQLiteLexer.OPEN_PAR) {
                continue;
            }
            Token macro = tokens.get(i + 2);
            String kind = macro.getText().toLowerCase(Locale.ROOT);
            TextPosition at = start.offset(prefix.getLine(), prefix.getCharPositionInLine() + 1);
            int width = macro.getStopIndex() - prefix.getStartIndex() + 1;
            if (kind.equals("embed")) {
                error(
                        display,
                        diagnostics,
                        at,
                        width,
                        "sqlc.embed(...) has no equivalent here: list the table's columns in the SELECT (or 't.*');"
                                + " the generated row record holds them as components");
                refused = true;
                continue;
            }
            if (!List.of("arg", "narg", "slice").contains(kind)) {
                error(
                        display,
                        diagnostics,
                        at,
                        width,
                        "unknown sqlc macro 'sqlc." + macro.getText()
                                + "'; expected sqlc.arg, sqlc.narg or sqlc.slice (each becomes a parameter :name)");
                refused = true;
                continue;
            }
            String name = i + 5 < tokens.size() && tokens.get(i + 5).getType() == SQLiteLexer.CLOSE_PAR
                    ? unquote(tokens.get(i + 4).getText())
                    : null;
            if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                error(
                        display,
                        diagnostics,
                        at,
                        width,
                        "expected sqlc." + kind + "(name) with one parameter name, such as sqlc." + kind + "(user_id)");
                refused = true;
                continue;
            }
            pad(out, prefix.getStartIndex(), tokens.get(i + 5).getStopIndex() + 1, ":" + name, padding);
            if (kind.equals("narg")) {
                nullable.add(name);
            }
            i += 5;
        }
        return refused ? null : new Rewritten(new String(out), new SqlcMarks(sql, padding, nullable));
    }

    /**
     * Writes {@code replacement} over {@code out[from, to)}, then spaces, keeping its line breaks;
     * marks the spaces (and line breaks) that follow the replacement as padding.
     */
    private static void pad(char[] out, int from, int to, String replacement, BitSet padding) {
        int next = 0;
        for (int i = from; i < to; i++) {
            if (next == replacement.length()) {
                padding.set(i);
            }
            if (out[i] == '\n' || out[i] == '\r') {
                continue;
            }
            out[i] = next < replacement.length() ? replacement.charAt(next++) : ' ';
        }
    }

    private static String unquote(String text) {
        if (text.length() >= 2) {
            char first = text.charAt(0);
            char last = text.charAt(text.length() - 1);
            if ((first == '\'' && last == '\'')
                    || (first == '"' && last == '"')
                    || (first == '`' && last == '`')
                    || (first == '[' && last == ']')) {
                return text.substring(1, text.length() - 1);
            }
        }
        return text;
    }

    private static void error(String display, Diagnostics diagnostics, TextPosition at, int width, String message) {
        diagnostics.error(display, at.line(), at.column(), width, "unsupported-sqlc-macro", message);
    }
}
