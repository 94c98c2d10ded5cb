package dev.sqlrecord.checker.diag;

import java.util.Locale;

/** How bad a diagnostic is; only errors fail a build. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case word used in reports and {@code model.json}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
