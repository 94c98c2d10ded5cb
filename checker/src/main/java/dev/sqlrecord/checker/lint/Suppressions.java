package dev.sqlrecord.checker.lint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code -- sqlrecord:ignore <code>[, <code>]} comments. A query's comment counts anywhere in its
 * block: from the comment lines directly above its {@code -- name:} line to the line before the
 * next query's block. A migration's counts inside the statement or directly above it.
 */
public final class Suppressions {
    private static final Pattern IGNORE = Pattern.compile("--\\s*sqlrecord:ignore\\b(.*)$");
    private static final Pattern ANNOTATION = Pattern.compile("^\\s*--\\s*name:");

    private Suppressions() {}

    /** A code as written in an ignore comment, with its 1-based position for diagnostics about it. */
    public record Written(String code, int line, int column) {}

    /** The codes ignored in the block of the query whose annotation is at {@code annotationLine} (1-based). */
    static Map<String, Written> forQuery(String text, int annotationLine) {
        String[] lines = text.split("\n", -1);
        int from = commentRunAbove(lines, annotationLine - 1);
        int next = annotationLine;
        while (next < lines.length && !ANNOTATION.matcher(lines[next]).find()) {
            next++;
        }
        int to = next < lines.length ? commentRunAbove(lines, next) - 1 : lines.length - 1;
        return scan(lines, from, to);
    }

    /** The codes ignored for a statement on lines {@code first..last} (1-based). */
    public static Map<String, Written> forStatement(String text, int first, int last) {
        String[] lines = text.split("\n", -1);
        return scan(lines, commentRunAbove(lines, first - 1), Math.min(last - 1, lines.length - 1));
    }

    /** The index of the first line of the comment-only lines directly above line index {@code at}, or {@code at}. */
    private static int commentRunAbove(String[] lines, int at) {
        int i = at;
        while (i > 0
                && lines[i - 1].strip().startsWith("--")
                && !ANNOTATION.matcher(lines[i - 1]).find()) {
            i--;
        }
        return i;
    }

    private static Map<String, Written> scan(String[] lines, int from, int to) {
        Map<String, Written> codes = new LinkedHashMap<>();
        for (int i = Math.max(0, from); i <= to && i < lines.length; i++) {
            Matcher m = IGNORE.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            int offset = m.start(1);
            // "full-scan, select-star -- settings is tiny": the first word of each comma-separated item.
            for (String item : m.group(1).split(",", -1)) {
                String word = item.strip().split("\\s+", 2)[0];
                if (!word.isEmpty()) {
                    int column = offset + item.indexOf(word) + 1;
                    codes.putIfAbsent(word, new Written(word, i + 1, column));
                }
                offset += item.length() + 1;
            }
        }
        return codes;
    }
}
