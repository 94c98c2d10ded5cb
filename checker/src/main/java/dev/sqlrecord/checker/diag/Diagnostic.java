package dev.sqlrecord.checker.diag;

import java.util.Comparator;

/**
 * One problem found in the user's input. {@code file} is the path as the user knows it (relative to
 * the project base directory, forward slashes); {@code line} and {@code column} are 1-based, 0 when
 * unknown; {@code length} is how many characters the caret underlines (at least 1).
 */
public record Diagnostic(
        String file, int line, int column, int length, Severity severity, String code, String message) {

    /** Reports are sorted by file, then position, then code, so every run prints the same order. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        length = Math.max(1, length);
        // One line per problem: a line break quoted from the input (SQLite's own messages quote
        // whole tokens) is written as \n, so the report and build logs stay one line each.
        message = message.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    public static Diagnostic error(String file, int line, int column, int length, String code, String message) {
        return new Diagnostic(file, line, column, length, Severity.ERROR, code, message);
    }

    /** The first line of the report, {@code file:line:col: severity: [code] message}. */
    public String headline() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ")
                .append(severity.label())
                .append(": [")
                .append(code)
                .append("] ")
                .append(message)
                .toString();
    }
}
