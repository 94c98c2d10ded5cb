package dev.sqlrecord.runtime.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The D1 forms of generated queries, by the SQL the JDBC executor sends for them. D1 hands results
 * over as JavaScript numbers, so an INTEGER beyond 2^53 - 1 would arrive rounded; the check writes,
 * for each query reading such integers, a form that wraps it and sends those integers as decimal
 * text plus a last column naming them (docs/D1-EXACT-INTEGERS.md). A generated {@code Query}
 * registers its form when its class is initialised; the D1 executor sends the form in place of
 * the SQL and reads the integers back exactly. The same SQL always has forms that read the same.
 */
public final class D1Forms {
    private static final Map<String, String> BY_SQL = new ConcurrentHashMap<>();

    private D1Forms() {}

    /** Records that {@code sql} runs on D1 as {@code d1Sql}; the first registration of a SQL stays. */
    public static void register(String sql, String d1Sql) {
        BY_SQL.putIfAbsent(sql, d1Sql);
    }

    /** The D1 form of {@code sql}, or null when it has none (it is sent as it is). */
    public static String of(String sql) {
        return BY_SQL.get(sql);
    }
}
