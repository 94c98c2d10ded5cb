package dev.sqlrecord.checker.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The long text of one generated file, the queries' SQL and the Javadoc, put in after JavaPoet has
 * written the file. Such text needs neither imports nor line wrapping, yet JavaPoet writes a file
 * twice (once only to collect its imports) and splits all it writes into lines with a regular
 * expression: in the cold JVM of a build that was most of the generator's time (issue 20,
 * benchmarks/RESULTS.md). JavaPoet lays out a short token in its place; {@link #fill} then writes the
 * text where its token is exactly as JavaPoet would have: a line break is any of {@code \R}, written
 * as {@code \n}; later lines are indented as the line the token is on, none when empty; Javadoc
 * lines start with {@code " * "} ({@code " *"} when empty).
 */
final class LateText {
    /** Starts and ends a token; no generated text holds it (JavaPoet escapes it in a string literal). */
    private static final char MARK = '\u0000';
    /** The file's indentation unit, which JavaPoet puts twice before a string literal's later lines. */
    private static final String INDENT = "    ";

    private final List<String> texts = new ArrayList<>();
    private final List<Boolean> javadoc = new ArrayList<>();

    /** Code that continues the line it starts on, as a {@code $L} argument would. */
    String code(String text) {
        return token(text, false);
    }

    /** A Javadoc comment of {@code text}, as {@code addJavadoc("$L", text)} would give. */
    CodeBlock javadoc(String text) {
        return text.isEmpty() ? CodeBlock.of("") : CodeBlock.of("$L\n", token(text, true));
    }

    private String token(String text, boolean doc) {
        texts.add(text);
        javadoc.add(doc);
        return MARK + Integer.toString(texts.size() - 1) + MARK;
    }

    /** {@code source} as JavaPoet wrote it, each token replaced by its text. */
    String fill(String source) {
        if (texts.isEmpty()) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + texts.size() * 256);
        boolean[] filled = new boolean[texts.size()];
        int from = 0;
        int count = 0;
        for (int at = source.indexOf(MARK); at >= 0; at = source.indexOf(MARK, at + 1)) {
            int end = source.indexOf(MARK, at + 1);
            int index = end > at + 1 ? index(source, at + 1, end) : -1;
            if (index < 0 || index >= texts.size() || filled[index]) {
                continue;
            }
            filled[index] = true;
            count++;
            int lineStart = source.lastIndexOf('\n', at) + 1;
            if (javadoc.get(index)) {
                // The token's line is the indentation, " * ", the token and its line break.
                out.append(source, from, lineStart);
                javadocLines(out, texts.get(index), source.substring(lineStart, at - " * ".length()));
                from = end + 2;
            } else {
                int indentEnd = lineStart;
                while (source.charAt(indentEnd) == ' ') {
                    indentEnd++;
                }
                out.append(source, from, at);
                String indent = source.substring(lineStart, indentEnd);
                boolean lineStarted = codeLines(out, texts.get(index), indent);
                from = end + 1;
                if (lineStarted && from < source.length() && source.charAt(from) != '\n') {
                    out.append(indent); // what follows starts the line, indented
                }
            }
            at = from - 1;
        }
        if (count != texts.size()) {
            throw new IllegalStateException("JavaPoet left out " + (texts.size() - count) + " of the late texts");
        }
        return out.append(source, from, source.length()).toString();
    }

    private static int index(String source, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c < '0' || c > '9' || value > 100_000_000) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Whether {@code text} ends with a line break. */
    private static boolean codeLines(StringBuilder out, String text, String indent) {
        int start = 0;
        while (true) {
            int end = lineEnd(text, start);
            if (start > 0 && end > start) {
                out.append(indent);
            }
            out.append(text, start, end);
            if (end == text.length()) {
                return start > 0 && end == start;
            }
            out.append('\n');
            start = next(text, end);
        }
    }

    private static void javadocLines(StringBuilder out, String text, String indent) {
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            out.append(indent)
                    .append(end > start ? " * " : " *")
                    .append(text, start, end)
                    .append('\n');
            start = end == text.length() ? end : next(text, end);
        }
    }

    /** Where the line starting at {@code start} ends: at the next line break of {@code \R}, or the end. */
    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == '\r'
                    || c == '\u000B'
                    || c == '\f'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    /** Where the line after the break at {@code end} starts: {@code \r\n} is one break. */
    private static int next(String text, int end) {
        return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }

    /** {@code value} as a Java string literal, as JavaPoet's {@code $S} writes it. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c)) {
                        String hex = Integer.toHexString(c);
                        out.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
            if (c == '\n' && i + 1 < value.length()) {
                out.append("\"\n").append(INDENT).append(INDENT).append("+ \"");
            }
        }
        return out.append('"').toString();
    }
}
