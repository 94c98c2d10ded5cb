package dev.sqlrecord.runtime.internal;

import java.util.Set;

/**
 * The lexical rules of SQLite that decide where SQL text is code: string literals
 * ({@code 'it''s'}, also blob literals {@code x'00'}), quoted identifiers ({@code "a"}, {@code `a`},
 * {@code [a]}) and comments ({@code -- ...}, {@code /* ... *}{@code /}). Shared by the placeholder
 * scanner and the statement splitter so both agree on what a {@code ?} or a {@code ;} is.
 *
 * <p>Follows SQLite's tokenizer ({@code tokenize.c}): quotes escape by doubling, brackets cannot
 * be escaped, block comments do not nest, and anything unterminated runs to the end of the text.
 */
public final class SqlText {
    private SqlText() {
    }

    /**
     * If a string literal, quoted identifier or comment starts at {@code i}, returns the index just
     * after it (a line comment ends before its newline); otherwise returns {@code i}.
     */
    static int skipNonCode(String sql, int i) {
        int n = sql.length();
        char c = sql.charAt(i);
        switch (c) {
            case '\'', '"', '`' -> {
                return skipQuoted(sql, i, c);
            }
            case '[' -> {
                int end = sql.indexOf(']', i + 1);
                return end < 0 ? n : end + 1;
            }
            case '-' -> {
                if (i + 1 < n && sql.charAt(i + 1) == '-') {
                    int end = sql.indexOf('\n', i + 2);
                    return end < 0 ? n : end;
                }
                return i;
            }
            case '/' -> {
                if (i + 1 < n && sql.charAt(i + 1) == '*') {
                    int end = sql.indexOf("*/", i + 2);
                    return end < 0 ? n : end + 2;
                }
                return i;
            }
            default -> {
                return i;
            }
        }
    }

    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE");

    /** Whether the first keyword, after whitespace and comments, is INSERT, UPDATE, DELETE or REPLACE. */
    public static boolean startsWithWrite(String sql) {
        int i = 0;
        while (i < sql.length()) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else if (isCommentStart(sql, i)) {
                i = skipNonCode(sql, i);
            } else {
                break;
            }
        }
        return WRITES.contains(StatementSplitter.firstKeyword(sql.substring(i)));
    }

    /** Whether a comment (rather than a literal or quoted identifier) starts at {@code i}. */
    static boolean isCommentStart(String sql, int i) {
        if (i + 1 >= sql.length()) {
            return false;
        }
        char c = sql.charAt(i);
        char next = sql.charAt(i + 1);
        return (c == '-' && next == '-') || (c == '/' && next == '*');
    }

    /** Characters of an unquoted identifier or keyword, as SQLite's {@code IdChar()} sees them. */
    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '$' || c >= 0x80;
    }

    private static int skipQuoted(String sql, int start, char quote) {
        int n = sql.length();
        int i = start + 1;
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
