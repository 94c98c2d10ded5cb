package dev.sqlrecord.checker.lint;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What D1 lets a statement call. D1 runs on workerd's SQLite, whose authorizer refuses every
 * function and PRAGMA outside its lists, and whose SQLite is older than the check's. The functions
 * here are those the local D1 ran when every function of the check's SQLite was called on it;
 * SQLite's aliases ceiling, power and log10 and the JSON functions json_pretty,
 * json_error_position, json_array_insert and jsonb_each/jsonb_tree are refused there.
 */
final class D1Allowlist {
    private D1Allowlist() {}

    // load_extension is on workerd's list, but extension loading is disabled there, so it can only fail.
    private static final Set<String> FUNCTIONS = Set.of(
            // core scalar functions
            "abs",
            "changes",
            "char",
            "coalesce",
            "concat",
            "concat_ws",
            "format",
            "glob",
            "hex",
            "ifnull",
            "iif",
            "instr",
            "last_insert_rowid",
            "length",
            "like",
            "likelihood",
            "likely",
            "lower",
            "ltrim",
            "max",
            "min",
            "nullif",
            "octet_length",
            "printf",
            "quote",
            "random",
            "randomblob",
            "replace",
            "round",
            "rtrim",
            "sign",
            "soundex",
            "substr",
            "substring",
            "total_changes",
            "trim",
            "typeof",
            "unhex",
            "unicode",
            "unlikely",
            "upper",
            "zeroblob",
            // date and time
            "date",
            "time",
            "datetime",
            "julianday",
            "unixepoch",
            "strftime",
            "timediff",
            "current_date",
            "current_time",
            "current_timestamp",
            // aggregates and window functions
            "avg",
            "count",
            "group_concat",
            "string_agg",
            "sum",
            "total",
            "row_number",
            "rank",
            "dense_rank",
            "percent_rank",
            "cume_dist",
            "ntile",
            "lag",
            "lead",
            "first_value",
            "last_value",
            "nth_value",
            // math
            "acos",
            "acosh",
            "asin",
            "asinh",
            "atan",
            "atan2",
            "atanh",
            "ceil",
            "cos",
            "cosh",
            "degrees",
            "exp",
            "floor",
            "ln",
            "log",
            "log2",
            "mod",
            "pi",
            "pow",
            "radians",
            "sin",
            "sinh",
            "sqrt",
            "tan",
            "tanh",
            "trunc",
            // JSON and JSONB
            "json",
            "json_array",
            "json_array_length",
            "json_each",
            "json_extract",
            "json_group_array",
            "json_group_object",
            "json_insert",
            "json_object",
            "json_patch",
            "json_quote",
            "json_remove",
            "json_replace",
            "json_set",
            "json_tree",
            "json_type",
            "json_valid",
            "jsonb",
            "jsonb_array",
            "jsonb_extract",
            "jsonb_group_array",
            "jsonb_group_object",
            "jsonb_insert",
            "jsonb_object",
            "jsonb_patch",
            "jsonb_remove",
            "jsonb_replace",
            "jsonb_set",
            // FTS5
            "match",
            "highlight",
            "bm25",
            "snippet");

    /** What to write instead of a function D1 refuses, where SQLite has another name for it. */
    private static final Map<String, String> ALTERNATIVES =
            Map.of("ceiling", "ceil", "power", "pow", "log10", "log", "if", "iif");

    /** PRAGMAs D1 runs; {@link #READ_ONLY_PRAGMAS} only without a value. */
    private static final Set<String> PRAGMAS = Set.of(
            "table_list",
            "table_info",
            "table_xinfo",
            "index_list",
            "index_info",
            "index_xinfo",
            "foreign_key_list",
            "foreign_key_check",
            "quick_check",
            "optimize",
            "data_version",
            "page_size",
            "case_sensitive_like",
            "foreign_keys",
            "defer_foreign_keys",
            "ignore_check_constraints",
            "legacy_alter_table",
            "recursive_triggers",
            "reverse_unordered_selects");

    static final Set<String> READ_ONLY_PRAGMAS = Set.of("data_version", "page_size");

    static boolean function(String name) {
        return FUNCTIONS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The allowed function to call instead of {@code name}, or null. */
    static String alternative(String name) {
        return ALTERNATIVES.get(name.toLowerCase(Locale.ROOT));
    }

    static boolean pragma(String name) {
        return PRAGMAS.contains(name.toLowerCase(Locale.ROOT));
    }
}
