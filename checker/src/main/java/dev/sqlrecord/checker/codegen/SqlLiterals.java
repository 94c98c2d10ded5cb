package dev.sqlrecord.checker.codegen;

/**
 * A query's SQL as a Java expression: a string literal for one line, a text block for several, so
 * the constant keeps the user's line breaks and reads like the query file.
 */
final class SqlLiterals {
    /**
     * Added before each line of a text block, beyond the indentation of the field it initialises:
     * a continuation indent, as the rest of the generated code wraps.
     */
    private static final String CONTINUATION = "        ";

    private SqlLiterals() {}

    /** The expression's source, as JavaPoet would write it ({@link LateText} puts it in the file). */
    static String of(String sql) {
        String block = sql.indexOf('\n') >= 0 ? textBlock(sql) : null;
        return block == null ? LateText.string(sql) : block;
    }

    /**
     * The text block whose value is exactly {@code sql}, or null when there is none to be had; the
     * compiler's own rules (the JDK's {@link String#stripIndent} and {@link String#translateEscapes},
     * which the language defines text blocks by) confirm the value before it is used.
     */
    static String textBlock(String sql) {
        String[] lines = sql.split("\n", -1);
        StringBuilder block = new StringBuilder("\"\"\"\n");
        for (int i = 0; i < lines.length; i++) {
            boolean last = i == lines.length - 1;
            String line = escape(lines[i], last);
            if (!line.isEmpty()) {
                block.append(CONTINUATION).append(line);
            }
            block.append(last ? "\"\"\"" : "\n");
        }
        String text = block.toString();
        return valueOf(text).equals(sql) ? text : null;
    }

    /**
     * The value the compiler gives text block {@code block}: its content, with the indentation all
     * lines share and each line's trailing blanks removed, then escapes read.
     */
    static String valueOf(String block) {
        String content = block.substring("\"\"\"\n".length(), block.length() - "\"\"\"".length());
        return content.stripIndent().translateEscapes();
    }

    /**
     * One line of a text block: backslashes and control characters escaped; no three quotes in a
     * row, nor a quote just before the closing delimiter of the {@code last} line; the last
     * trailing blank kept by escaping it (the compiler strips trailing blanks).
     */
    private static String escape(String line, boolean last) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        StringBuilder out = new StringBuilder();
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean lastBlank = i == line.length() - 1 && i >= end;
            if (c == '"') {
                quotes++;
                boolean closesEarly = quotes == 3 || last && i == line.length() - 1;
                out.append(closesEarly ? "\\\"" : "\"");
                quotes = closesEarly ? 0 : quotes;
                continue;
            }
            quotes = 0;
            if (lastBlank) {
                out.append(c == ' ' ? "\\s" : "\\t");
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' && c != '\t') {
                out.append(String.format("\\%03o", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
