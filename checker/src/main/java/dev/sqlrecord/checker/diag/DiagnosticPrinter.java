package dev.sqlrecord.checker.diag;

import java.util.List;
import java.util.Map;

/**
 * Renders diagnostics in the format of docs/ARCHITECTURE.md §5: the headline, then the offending line with a caret
 * under the reported span.
 *
 * <pre>
 * src/main/sql/queries/users.sql:12:8: error: [unknown-column] no such column: nmae
 *    12 | SELECT nmae FROM users
 *       |        ^^^^
 * </pre>
 */
public final class DiagnosticPrinter {
    private DiagnosticPrinter() {}

    public static String render(List<Diagnostic> diagnostics, Map<String, String> sources) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.headline()).append('\n');
            String text = sources.get(d.file());
            String line = text == null ? null : line(text, d.line());
            if (line != null && d.column() > 0) {
                excerpt(out, d, line);
            }
        }
        return out.toString();
    }

    private static void excerpt(StringBuilder out, Diagnostic d, String line) {
        String number = Integer.toString(d.line());
        String gutter = " ".repeat(Math.max(0, 5 - number.length()));
        String shown = line.replace('\t', ' ');
        out.append(gutter).append(number).append(" | ").append(shown).append('\n');
        int start = Math.min(d.column() - 1, shown.length());
        int width = Math.max(1, Math.min(d.length(), shown.length() - start));
        out.append(" ".repeat(gutter.length() + number.length()))
                .append(" | ")
                .append(" ".repeat(start))
                .append("^".repeat(width))
                .append('\n');
    }

    /** The 1-based line of {@code text}, without its terminator, or null when there is no such line. */
    static String line(String text, int number) {
        if (number < 1) {
            return null;
        }
        int start = 0;
        for (int i = 1; i < number; i++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                return null;
            }
            start = next + 1;
        }
        int end = text.indexOf('\n', start);
        String line = end < 0 ? text.substring(start) : text.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
