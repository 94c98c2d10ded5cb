package dev.sqlrecord.checker.model;

import java.util.Locale;

/** What a named query returns: {@code :one}, {@code :many}, {@code :exec} or {@code :execresult}. */
public enum QueryKind {
    ONE,
    MANY,
    EXEC,
    EXECRESULT;

    /** The kind written after the colon, or null when the word is not a kind. */
    public static QueryKind fromLabel(String label) {
        for (QueryKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean returnsRows() {
        return this == ONE || this == MANY;
    }
}
