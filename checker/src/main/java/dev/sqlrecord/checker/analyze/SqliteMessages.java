package dev.sqlrecord.checker.analyze;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's error messages, read for a diagnostic code and for the name they complain about, so
 * the caret can point at it. SQLite does not say where in the statement it failed.
 */
public final class SqliteMessages {
    private static final Pattern NAMED = Pattern.compile(
            "^(no such column|no such table|no such function|ambiguous column name|table \\S+ has no column named|"
                    + "no such index|no such view|no such collation sequence|unknown function)[: ]\\s*(\\S+)");

    private SqliteMessages() {}

    /** SQLite's message without the {@code [SQLITE_ERROR] SQL error or missing database (...)} wrapping of sqlite-jdbc. */
    public static String clean(String message) {
        if (message == null) {
            return "unknown SQLite error";
        }
        String text = message;
        int open = text.indexOf("(");
        if (text.startsWith("[SQLITE_") && open >= 0 && text.endsWith(")")) {
            text = text.substring(open + 1, text.length() - 1);
        }
        return text.trim();
    }

    public static String code(String cleaned) {
        if (cleaned.startsWith("no such column") || cleaned.contains("has no column named")) {
            return "unknown-column";
        }
        if (cleaned.startsWith("no such table")) {
            return "unknown-table";
        }
        if (cleaned.startsWith("no such function") || cleaned.startsWith("unknown function")) {
            return "unknown-function";
        }
        if (cleaned.startsWith("ambiguous column name")) {
            return "ambiguous-column";
        }
        if (cleaned.contains("syntax error") || cleaned.startsWith("incomplete input")) {
            return "syntax-error";
        }
        return "invalid-sql";
    }

    /**
     * SQLite's own functions that exist only when SQLite is compiled with an option that the bundled
     * SQLite (sqlite-jdbc's) lacks, by the option that adds them.
     */
    private static final java.util.Map<String, String> OPTIONAL_FUNCTIONS = java.util.Map.of(
            "soundex", "SQLITE_SOUNDEX",
            "median", "SQLITE_ENABLE_PERCENTILE",
            "percentile", "SQLITE_ENABLE_PERCENTILE",
            "percentile_cont", "SQLITE_ENABLE_PERCENTILE",
            "percentile_disc", "SQLITE_ENABLE_PERCENTILE");

    /**
     * The message for a function that SQLite does not know, saying so where it is one of SQLite's
     * own functions that the bundled SQLite was built without ({@code soundex}).
     */
    public static String explain(String cleaned) {
        String function = cleaned.startsWith("no such function") ? subject(cleaned) : null;
        String option = function == null ? null : OPTIONAL_FUNCTIONS.get(function.toLowerCase(java.util.Locale.ROOT));
        return option == null
                ? cleaned
                : cleaned + " (" + function + "() is one of SQLite's functions, but only when SQLite is compiled with "
                        + option + ", and the SQLite bundled with sqlrecord is not; compute it in Java)";
    }

    /** The name the message is about ({@code nmae} in {@code no such column: nmae}), or null. */
    public static String subject(String cleaned) {
        Matcher m = NAMED.matcher(cleaned);
        if (!m.find()) {
            return null;
        }
        String name = m.group(2);
        if (name.endsWith("()")) {
            name = name.substring(0, name.length() - 2);
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 && dot < name.length() - 1 ? name.substring(dot + 1) : name;
    }
}
