package dev.sqlrecord.checker;

import java.util.Locale;

/** Where the checked queries will run; some checks are stricter on D1. */
public enum Target {
    SQLITE,
    D1;

    /** Parses {@code sqlite} or {@code d1}, ignoring case. */
    public static Target parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown target '" + text + "' (expected sqlite or d1)", e);
        }
    }
}
