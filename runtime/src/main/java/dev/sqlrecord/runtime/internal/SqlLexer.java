package dev.sqlrecord.runtime.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The runtime's one SQL lexer: it cuts SQL text into words (keywords, names, numbers), literals and
 * quoted identifiers, comments, and single other characters ({@code ?}, {@code ;}, {@code (}, ...),
 * skipping whitespace. Everything that reads SQL text goes through it, so that the statement
 * splitter, the placeholder expander, the {@code IN} list splitter and the error classifier agree on
 * what a {@code ?}, a {@code ;} or a {@code .} is.
 *
 * <p>Follows SQLite's tokenizer ({@code tokenize.c}) where that decides what is code: string
 * literals ({@code 'it''s'}; a blob literal {@code x'00'} is the word {@code x} and a literal) and
 * quoted identifiers ({@code "a"}, {@code `a`}, {@code [a]}) escape quotes by doubling, brackets
 * cannot be escaped, block comments do not nest, and anything unterminated runs to the end of the
 * text. One instance walks one text, token by token, without allocating.
 */
public final class SqlLexer {
    /** What a token is. */
    public enum Kind {
        /** A run of identifier characters: a keyword, a name or a number. */
        WORD,
        /** A string or blob literal, or a quoted identifier, with its quotes. */
        QUOTED,
        /** {@code -- ...} (without its newline) or {@code /* ... *}{@code /}. */
        COMMENT,
        /** Any other single character. */
        SYMBOL
    }

    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE");

    private final String sql;
    private int start;
    private int end;
    private Kind kind;

    public SqlLexer(String sql) {
        this.sql = sql;
    }

    /** Moves to the next token; false when only whitespace is left. */
    public boolean next() {
        int n = sql.length();
        int i = end;
        while (i < n && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        start = i;
        if (i >= n) {
            end = n;
            kind = null;
            return false;
        }
        char c = sql.charAt(i);
        int skipped = skipNonCode(i);
        if (skipped != i) {
            kind = isCommentStart(i) ? Kind.COMMENT : Kind.QUOTED;
            end = skipped;
        } else if (isWordChar(c)) {
            end = i + 1;
            while (end < n && isWordChar(sql.charAt(end))) {
                end++;
            }
            kind = Kind.WORD;
        } else {
            kind = Kind.SYMBOL;
            end = i + 1;
        }
        return true;
    }

    /** The current token's kind; null before the first token and after the last. */
    public Kind kind() {
        return kind;
    }

    /** Offset of the current token's first character. */
    public int start() {
        return start;
    }

    /** Offset just after the current token. */
    public int end() {
        return end;
    }

    public String text() {
        return sql.substring(start, end);
    }

    /** Whether the current token is the character {@code c} (not inside a literal or comment). */
    public boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && sql.charAt(start) == c;
    }

    /** Whether the first keyword, after whitespace and comments, is INSERT, UPDATE, DELETE or REPLACE. */
    public static boolean startsWithWrite(String sql) {
        return WRITES.contains(firstWord(sql));
    }

    /**
     * Whether the statement only reads: it starts with SELECT or VALUES, or with WITH and has no
     * INSERT, UPDATE, DELETE or REPLACE word anywhere in its code (so a WITH that calls the
     * {@code replace()} function counts as a write: a wrong "write" only costs a reader, a wrong
     * "read" would fail on a read-only connection).
     */
    public static boolean isRead(String sql) {
        String first = firstWord(sql);
        return first.equals("SELECT") || first.equals("VALUES") || (first.equals("WITH") && !hasWord(sql, WRITES));
    }

    /**
     * The upper-cased name of the PRAGMA that {@code sql} sets ({@code PRAGMA [schema.]name = value}
     * or {@code PRAGMA name(value)}), or null when it is not a PRAGMA that sets something.
     */
    public static String pragmaAssigned(String sql) {
        SqlLexer lexer = new SqlLexer(sql);
        String name = null;
        boolean pragma = false;
        while (lexer.next()) {
            if (lexer.kind() == Kind.COMMENT) {
                continue;
            }
            if (!pragma) {
                if (lexer.kind() != Kind.WORD || !lexer.text().equalsIgnoreCase("PRAGMA")) {
                    return null;
                }
                pragma = true;
            } else if (lexer.kind() == Kind.WORD || lexer.kind() == Kind.QUOTED) {
                name = lexer.text().toUpperCase(Locale.ROOT); // after a schema's '.', the pragma's own
            } else if (lexer.isSymbol('=') || lexer.isSymbol('(')) {
                return name;
            } else if (!lexer.isSymbol('.')) {
                return null;
            }
        }
        return null;
    }

    /** The first token after whitespace and comments, upper-cased, when it is a word; else "". */
    private static String firstWord(String sql) {
        SqlLexer lexer = new SqlLexer(sql);
        while (lexer.next() && lexer.kind() == Kind.COMMENT) {
            // comments before the statement say nothing about it
        }
        return lexer.kind() == Kind.WORD ? lexer.text().toUpperCase(Locale.ROOT) : "";
    }

    /** Whether a word of the code (not of a literal, quoted name or comment) is one of {@code upperCase}. */
    public static boolean hasWord(String sql, Set<String> upperCase) {
        SqlLexer lexer = new SqlLexer(sql);
        while (lexer.next()) {
            if (lexer.kind() == Kind.WORD && upperCase.contains(lexer.text().toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Characters of an unquoted identifier or keyword, as SQLite's {@code IdChar()} sees them. */
    public static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '$'
                || c >= 0x80;
    }

    /**
     * If a string literal, quoted identifier or comment starts at {@code i}, the index just after
     * it (a line comment ends before its newline); otherwise {@code i}.
     */
    private int skipNonCode(int i) {
        int n = sql.length();
        char c = sql.charAt(i);
        switch (c) {
            case '\'', '"', '`' -> {
                return skipQuoted(i, c);
            }
            case '[' -> {
                int close = sql.indexOf(']', i + 1);
                return close < 0 ? n : close + 1;
            }
            case '-' -> {
                if (i + 1 < n && sql.charAt(i + 1) == '-') {
                    int newline = sql.indexOf('\n', i + 2);
                    return newline < 0 ? n : newline;
                }
                return i;
            }
            case '/' -> {
                if (i + 1 < n && sql.charAt(i + 1) == '*') {
                    int close = sql.indexOf("*/", i + 2);
                    return close < 0 ? n : close + 2;
                }
                return i;
            }
            default -> {
                return i;
            }
        }
    }

    /** Whether a comment (rather than a literal or quoted identifier) starts at {@code i}. */
    private boolean isCommentStart(int i) {
        if (i + 1 >= sql.length()) {
            return false;
        }
        char c = sql.charAt(i);
        char next = sql.charAt(i + 1);
        return (c == '-' && next == '-') || (c == '/' && next == '*');
    }

    private int skipQuoted(int from, char quote) {
        int n = sql.length();
        int i = from + 1;
        while (i < n) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return n;
    }
}
