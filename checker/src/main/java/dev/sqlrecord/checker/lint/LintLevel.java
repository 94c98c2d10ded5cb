package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.diag.Severity;
import java.util.Locale;

/** What a lint rule reports as: a diagnostic of some severity, or nothing. */
public enum LintLevel {
    OFF,
    INFO,
    WARNING,
    ERROR;

    /** Parses {@code off}, {@code info}, {@code warning} (or {@code warn}) and {@code error}, ignoring case. */
    public static LintLevel parse(String text) {
        String word = text.trim().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "off" -> OFF;
            case "info" -> INFO;
            case "warning", "warn" -> WARNING;
            case "error" -> ERROR;
            default ->
                throw new IllegalArgumentException(
                        "unknown lint severity '" + text + "' (expected off, info, warning or error)");
        };
    }

    /** The diagnostic severity; null for {@link #OFF}. */
    public Severity severity() {
        return switch (this) {
            case OFF -> null;
            case INFO -> Severity.INFO;
            case WARNING -> Severity.WARNING;
            case ERROR -> Severity.ERROR;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
