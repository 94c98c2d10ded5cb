package dev.sqlrecord.checker.lint;

import java.util.Locale;
import java.util.Set;

/**
 * What D1 lets a statement call. D1 runs on workerd's SQLite, whose authorizer refuses every
 * function and PRAGMA outside these lists ({@code ALLOWED_SQLITE_FUNCTIONS} and
 * {@code ALLOWED_PRAGMAS} in workerd's {@code src/workerd/util/sqlite.c++}; the project's notes:
 * {@code reference/d1.md} §2.3–2.4).
 */
final class D1Allowlist {
    private D1Allowlist() {}

    // load_extension is on workerd's list, but extension loading is disabled there, so it can only fail.
    private static final Set<String> FUNCTIONS = Set.of(
            // core scalar functions
            "abs", "changes", "char", "coalesce", "concat", "concat_ws", "format", "glob", "hex", "ifnull", "iif",
            "instr", "last_insert_rowid", "length", "like", "likelihood", "likely", "lower", "ltrim", "max", "min",
            "nullif", "octet_length", "printf", "quote", "random", "randomblob", "replace", "round", "rtrim", "sign",
            "soundex", "substr", "substring", "total_changes", "trim", "typeof", "unhex", "unicode", "unlikely",
            "upper", "zeroblob",
            // date and time
            "date", "time", "datetime", "julianday", "unixepoch", "strftime", "timediff", "current_date",
            "current_time", "current_timestamp",
            // aggregates and window functions
            "avg", "count", "group_concat", "string_agg", "sum", "total", "row_number", "rank", "dense_rank",
            "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value", "last_value", "nth_value",
            // math
            "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil", "ceiling", "cos", "cosh", "degrees",
            "exp", "floor", "ln", "log", "log10", "log2", "mod", "pi", "pow", "power", "radians", "sin", "sinh",
            "sqrt", "tan", "tanh", "trunc",
            // JSON (json_* and jsonb_* are matched by prefix), FTS5, R*Tree
            "json", "jsonb", "match", "highlight", "bm25", "snippet", "rtreecheck");

    /** PRAGMAs D1 runs; {@link #READ_ONLY_PRAGMAS} only without a value. */
    private static final Set<String> PRAGMAS = Set.of("table_list", "table_info", "table_xinfo", "index_list",
            "index_info", "index_xinfo", "foreign_key_list", "foreign_key_check", "quick_check", "optimize",
            "data_version", "page_size", "case_sensitive_like", "foreign_keys", "defer_foreign_keys",
            "ignore_check_constraints", "legacy_alter_table", "recursive_triggers", "reverse_unordered_selects");

    static final Set<String> READ_ONLY_PRAGMAS = Set.of("data_version", "page_size");

    static boolean function(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return FUNCTIONS.contains(n) || n.startsWith("json_") || n.startsWith("jsonb_");
    }

    static boolean pragma(String name) {
        return PRAGMAS.contains(name.toLowerCase(Locale.ROOT));
    }
}
