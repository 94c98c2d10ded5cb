package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.SqlType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What SQLite's built-in functions return, one rule per function. A function not listed yields a
 * nullable value of unknown type: sound, if imprecise.
 *
 * <p>References: core functions https://www.sqlite.org/lang_corefunc.html, aggregates
 * https://www.sqlite.org/lang_aggfunc.html, dates https://www.sqlite.org/lang_datefunc.html, JSON
 * https://www.sqlite.org/json1.html, windows https://www.sqlite.org/windowfunctions.html.
 */
final class Functions {
    private Functions() {}

    /** How a call's result is typed from its arguments. */
    enum Rule {
        /** Never NULL, fixed type (count, typeof, random, quote, concat, ...). */
        NEVER_NULL,
        /** Fixed type, NULL when any argument is NULL (length, upper, abs, ...). */
        NULL_IF_ANY_ARG_NULL,
        /** Fixed type, NULL also on bad input (date and time functions, json_extract, ...). */
        ALWAYS_NULLABLE,
        /** An aggregate whose empty input gives NULL: sum, avg, min, max, group_concat. */
        AGGREGATE_NULL_ON_EMPTY,
        /** Non-null when any argument is non-null: coalesce, ifnull. */
        FIRST_NON_NULL,
        /** NULL when any argument is (and, as aggregates, on no rows): abs, min, max. */
        LIKE_FIRST_ARG,
        /** NULL when either branch is: iif(cond, a, b). */
        IIF,
        /** Always nullable: nullif, lag, lead, first_value, ... */
        LIKE_FIRST_ARG_NULLABLE,
        /** NULL when an argument is NULL or not a number (text that does not read as one): ceil, floor, trunc. */
        NULL_UNLESS_NUMBERS,
    }

    record Signature(SqlType type, Rule rule) {}

    /** A null type means "from the arguments", see {@link #resultType}. */
    private static final Map<String, Signature> TABLE = Map.ofEntries(
            // Aggregates: count and total never return NULL; the others do on empty input.
            Map.entry("count", new Signature(SqlType.INTEGER, Rule.NEVER_NULL)),
            Map.entry("total", new Signature(SqlType.REAL, Rule.NEVER_NULL)),
            Map.entry("sum", new Signature(null, Rule.AGGREGATE_NULL_ON_EMPTY)),
            Map.entry("avg", new Signature(SqlType.REAL, Rule.AGGREGATE_NULL_ON_EMPTY)),
            Map.entry("group_concat", new Signature(SqlType.TEXT, Rule.AGGREGATE_NULL_ON_EMPTY)),
            Map.entry("string_agg", new Signature(SqlType.TEXT, Rule.AGGREGATE_NULL_ON_EMPTY)),
            Map.entry("json_group_array", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            Map.entry("json_group_object", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            // Window functions.
            Map.entry("row_number", new Signature(SqlType.INTEGER, Rule.NEVER_NULL)),
            Map.entry("rank", new Signature(SqlType.INTEGER, Rule.NEVER_NULL)),
            Map.entry("dense_rank", new Signature(SqlType.INTEGER, Rule.NEVER_NULL)),
            Map.entry("ntile", new Signature(SqlType.INTEGER, Rule.NEVER_NULL)),
            Map.entry("percent_rank", new Signature(SqlType.REAL, Rule.NEVER_NULL)),
            Map.entry("cume_dist", new Signature(SqlType.REAL, Rule.NEVER_NULL)),
            Map.entry("lag", new Signature(null, Rule.LIKE_FIRST_ARG_NULLABLE)),
            Map.entry("lead", new Signature(null, Rule.LIKE_FIRST_ARG_NULLABLE)),
            Map.entry("first_value", new Signature(null, Rule.LIKE_FIRST_ARG_NULLABLE)),
            Map.entry("last_value", new Signature(null, Rule.LIKE_FIRST_ARG_NULLABLE)),
            Map.entry("nth_value", new Signature(null, Rule.LIKE_FIRST_ARG_NULLABLE)),
            // NULL handling.
            Map.entry("coalesce", new Signature(null, Rule.FIRST_NON_NULL)),
            Map.entry("ifnull", new Signature(null, Rule.FIRST_NON_NULL)),
            Map.entry("nullif", new Signature(null, Rule.LIKE_FIRST_ARG_NULLABLE)),
            Map.entry("iif", new Signature(null, Rule.IIF)),
            Map.entry("if", new Signature(null, Rule.IIF)),
            // Scalar functions.
            Map.entry("abs", new Signature(null, Rule.LIKE_FIRST_ARG)),
            Map.entry("max", new Signature(null, Rule.LIKE_FIRST_ARG)),
            Map.entry("min", new Signature(null, Rule.LIKE_FIRST_ARG)),
            Map.entry("round", new Signature(SqlType.REAL, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("length", new Signature(SqlType.INTEGER, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("octet_length", new Signature(SqlType.INTEGER, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("instr", new Signature(SqlType.INTEGER, Rule.NULL_IF_ANY_ARG_NULL)),
            // unicode('') is NULL: the empty string has no first character.
            Map.entry("unicode", new Signature(SqlType.INTEGER, Rule.ALWAYS_NULLABLE)),
            Map.entry("sign", new Signature(SqlType.INTEGER, Rule.ALWAYS_NULLABLE)),
            Map.entry("upper", new Signature(SqlType.TEXT, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("lower", new Signature(SqlType.TEXT, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("trim", new Signature(SqlType.TEXT, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("ltrim", new Signature(SqlType.TEXT, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("rtrim", new Signature(SqlType.TEXT, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("replace", new Signature(SqlType.TEXT, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("substr", new Signature(SqlType.TEXT, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("substring", new Signature(SqlType.TEXT, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("printf", new Signature(SqlType.TEXT, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("format", new Signature(SqlType.TEXT, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("char", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            Map.entry("hex", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            Map.entry("quote", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            Map.entry("typeof", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            Map.entry("sqlite_version", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            Map.entry("concat", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            Map.entry("concat_ws", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("soundex", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            Map.entry("random", new Signature(SqlType.INTEGER, Rule.NEVER_NULL)),
            // A size below 1, NULL or text gives a 1-byte (randomblob) or empty (zeroblob) blob, never NULL.
            Map.entry("randomblob", new Signature(SqlType.BLOB, Rule.NEVER_NULL)),
            Map.entry("zeroblob", new Signature(SqlType.BLOB, Rule.NEVER_NULL)),
            Map.entry("sqlite_source_id", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            Map.entry("sqlite_compileoption_used", new Signature(SqlType.INTEGER, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("sqlite_compileoption_get", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("unhex", new Signature(SqlType.BLOB, Rule.ALWAYS_NULLABLE)),
            Map.entry("changes", new Signature(SqlType.INTEGER, Rule.NEVER_NULL)),
            Map.entry("total_changes", new Signature(SqlType.INTEGER, Rule.NEVER_NULL)),
            Map.entry("last_insert_rowid", new Signature(SqlType.INTEGER, Rule.NEVER_NULL)),
            Map.entry("like", new Signature(SqlType.BOOLEAN, Rule.NULL_IF_ANY_ARG_NULL)),
            Map.entry("glob", new Signature(SqlType.BOOLEAN, Rule.NULL_IF_ANY_ARG_NULL)),
            // Dates: bad input gives NULL; with no argument they read the clock.
            Map.entry("date", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("time", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("datetime", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("strftime", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("timediff", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("julianday", new Signature(SqlType.REAL, Rule.ALWAYS_NULLABLE)),
            Map.entry("unixepoch", new Signature(SqlType.INTEGER, Rule.ALWAYS_NULLABLE)),
            // JSON.
            Map.entry("json", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("json_array", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            Map.entry("json_object", new Signature(SqlType.TEXT, Rule.NEVER_NULL)),
            Map.entry("json_extract", new Signature(SqlType.ANY, Rule.ALWAYS_NULLABLE)),
            Map.entry("json_array_length", new Signature(SqlType.INTEGER, Rule.ALWAYS_NULLABLE)),
            Map.entry("json_type", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("json_valid", new Signature(SqlType.BOOLEAN, Rule.ALWAYS_NULLABLE)),
            Map.entry("json_set", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("json_insert", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("json_replace", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("json_remove", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("json_patch", new Signature(SqlType.TEXT, Rule.ALWAYS_NULLABLE)),
            Map.entry("json_quote", new Signature(SqlType.TEXT, Rule.NEVER_NULL)));

    /** Functions whose single-argument form aggregates rows (max and min are scalar with two or more). */
    private static final List<String> AGGREGATES = List.of(
            "count",
            "total",
            "sum",
            "avg",
            "group_concat",
            "string_agg",
            "json_group_array",
            "json_group_object",
            "max",
            "min");

    /**
     * The math functions (https://www.sqlite.org/lang_mathfunc.html). ceil, floor and trunc keep an
     * integer an integer and a real a real. The others return a real, NULL outside their domain
     * (sqrt(-1), acos(2), ln(0), mod(x, 0)) and for text that is no number; an overflow is an
     * infinity, which D1's JSON cannot carry: so every one of them may be NULL. pi() never is.
     */
    private static final Set<String> REAL_MATH = Set.of(
            "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cos", "cosh", "degrees", "exp", "ln", "log",
            "log10", "log2", "mod", "pow", "power", "radians", "sin", "sinh", "sqrt", "tan", "tanh");

    private static final Set<String> ROUNDING_MATH = Set.of("ceil", "ceiling", "floor", "trunc");

    static Signature signature(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (REAL_MATH.contains(lower)) {
            return new Signature(SqlType.REAL, Rule.ALWAYS_NULLABLE);
        }
        if (ROUNDING_MATH.contains(lower)) {
            return new Signature(null, Rule.NULL_UNLESS_NUMBERS);
        }
        if (lower.equals("pi")) {
            return new Signature(SqlType.REAL, Rule.NEVER_NULL);
        }
        return TABLE.get(lower);
    }

    static boolean isAggregate(String name, int argumentCount) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("max") || lower.equals("min")) {
            return argumentCount == 1;
        }
        return AGGREGATES.contains(lower);
    }

    /**
     * The result type of a function whose signature leaves it to its arguments. sum() of integers is
     * an integer, of reals a real (a BOOLEAN column sums to a count); abs() likewise. Scalar max(),
     * min(), coalesce() and ifnull() return one of their arguments, which may differ in type
     * (max(1, 'a') is 'a'); iif() one of its branches.
     */
    static SqlType resultType(String name, List<SqlType> args) {
        SqlType first = args.isEmpty() ? SqlType.ANY : args.get(0);
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sum", "abs", "ceil", "ceiling", "floor", "trunc" -> numeric(first);
            case "max", "min", "coalesce", "ifnull" -> {
                SqlType type = SqlType.ANY;
                for (SqlType arg : args) {
                    type = merge(type, arg);
                }
                yield type;
            }
            case "iif", "if" ->
                args.size() < 2 ? SqlType.ANY : args.size() < 3 ? args.get(1) : merge(args.get(1), args.get(2));
            default -> first;
        };
    }

    /** The index from which arguments are alternative results sharing one type, or -1 (see {@link #resultType}). */
    static int firstSharedArgument(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "coalesce", "ifnull", "nullif", "max", "min" -> 0;
            case "iif", "if" -> 1;
            default -> -1;
        };
    }

    /** What arithmetic makes of a value: text and blobs become a number of either kind, booleans integers. */
    static SqlType numeric(SqlType type) {
        return switch (type) {
            case INTEGER, BOOLEAN -> SqlType.INTEGER;
            case REAL, NUMERIC -> type;
            default -> SqlType.ANY;
        };
    }

    /**
     * The type of a value that is one of two: the same type, or the known one when the other is
     * unknown (a NULL literal), else ANY. {@code null} is "nothing yet".
     */
    static SqlType merge(SqlType a, SqlType b) {
        if (a == null || a == b) {
            return b;
        }
        if (b == null || b == SqlType.ANY) {
            return a;
        }
        return a == SqlType.ANY ? b : SqlType.ANY;
    }

    /**
     * Whether argument {@code index} of {@code name} must be JSON text (SQLite fails with "malformed
     * JSON" otherwise); such a text parameter is checked to be JSON before the statement is sent.
     */
    static boolean jsonArgument(String name, int index) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "json", "jsonb", "json_extract", "jsonb_extract", "json_array_length", "json_type" -> index == 0;
            case "json_set",
                    "json_insert",
                    "json_replace",
                    "json_remove",
                    "jsonb_set",
                    "jsonb_insert",
                    "jsonb_replace",
                    "jsonb_remove" -> index == 0;
            case "json_patch", "jsonb_patch" -> index <= 1;
            default -> false;
        };
    }

    /** The type a parameter gets as argument {@code index} of {@code name}, or null when the call says nothing. */
    static SqlType parameterType(String name, int index) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (REAL_MATH.contains(lower) || ROUNDING_MATH.contains(lower)) {
            return SqlType.REAL;
        }
        return switch (lower) {
            case "upper",
                    "lower",
                    "trim",
                    "ltrim",
                    "rtrim",
                    "replace",
                    "instr",
                    "like",
                    "glob",
                    "length",
                    "unicode",
                    "json",
                    "jsonb",
                    "json_extract",
                    "json_array_length",
                    "json_type",
                    "json_valid" -> SqlType.TEXT;
            case "json_patch", "jsonb_patch" -> SqlType.TEXT;
            case "substr", "substring" -> index == 0 ? SqlType.TEXT : SqlType.INTEGER;
            case "date", "time", "datetime", "julianday", "unixepoch" -> index == 0 ? null : SqlType.TEXT;
            case "strftime" -> index == 0 ? SqlType.TEXT : null;
            case "iif", "if" -> index == 0 ? SqlType.BOOLEAN : null;
            default -> null;
        };
    }
}
