package dev.sqlrecord.checker.evolve;

import java.util.Locale;

/**
 * SQL text in a form two spellings of one definition share: comments dropped, whitespace collapsed
 * (and dropped next to punctuation), keywords and names lower-cased, simple quoted names unquoted,
 * {@code IF NOT EXISTS} dropped. String literals stay as written. SQLite rewrites the stored text
 * of a definition when a table it names is renamed (quoting the new name), so a comparison of the
 * text as written would report differences that are not there.
 */
public final class SqlText {
    private SqlText() {}

    public static String normalize(String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean pendingSpace = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                pendingSpace = true;
                continue;
            }
            if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                pendingSpace = true;
                continue;
            }
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            String token;
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                int end = closing(sql, i);
                token = quoted(sql.substring(i, end));
                i = end;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || "_$".indexOf(sql.charAt(end)) >= 0)) {
                    end++;
                }
                token = sql.substring(i, end).toLowerCase(Locale.ROOT);
                i = end;
            } else {
                token = String.valueOf(c);
                i++;
            }
            if (pendingSpace
                    && out.length() > 0
                    && !punctuation(out.charAt(out.length() - 1))
                    && !punctuation(token.charAt(0))) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(token);
        }
        return out.toString().replace(" if not exists ", " ").replace(";", "").strip();
    }

    private static boolean punctuation(char c) {
        return "(),;".indexOf(c) >= 0;
    }

    private static int closing(String sql, int start) {
        char open = sql.charAt(start);
        char close = open == '[' ? ']' : open;
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == close) {
                if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** A string literal as written; a quoted name unquoted and lower-cased when it needs no quotes. */
    private static String quoted(String token) {
        if (token.startsWith("'")) {
            return token;
        }
        String inner = token.substring(1, Math.max(1, token.length() - 1));
        if (inner.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
            return inner.toLowerCase(Locale.ROOT);
        }
        return "\"" + inner.toLowerCase(Locale.ROOT) + "\"";
    }

    /** A name quoted for SQL, always: safe whatever the name is. */
    public static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
