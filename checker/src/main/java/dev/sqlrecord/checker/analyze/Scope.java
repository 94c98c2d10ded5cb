package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables and subqueries a SELECT reads from, each under the name the query calls it, plus the
 * enclosing query's scope for correlated subqueries.
 */
final class Scope {
    /** One FROM item; {@code optional} when an outer join may leave it without a row (all NULLs). */
    record Source(String name, List<NamedValue> columns, boolean optional, List<String> usingColumns) {
        Source asOptional() {
            return new Source(name, columns, true, usingColumns);
        }
    }

    /** A named column of a FROM item or a result. */
    record NamedValue(String name, ValueType type) {}

    private final Scope parent;
    private final List<Source> sources = new ArrayList<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    List<Source> sources() {
        return sources;
    }

    void add(Source source) {
        sources.add(source);
    }

    /** Marks every source added so far as optional (the left side of a RIGHT or FULL join). */
    void makeAllOptional() {
        sources.replaceAll(Source::asOptional);
    }

    Source source(String name) {
        for (Scope scope = this; scope != null; scope = scope.parent) {
            for (Source source : scope.sources) {
                if (source.name().equalsIgnoreCase(name)) {
                    return source;
                }
            }
        }
        return null;
    }

    /**
     * The rowid ({@code rowid}, {@code oid}, {@code _rowid_}) of a table in scope that has no column of
     * that name. SQLite accepts it only on a rowid table, where it is a non-null INTEGER
     * (https://www.sqlite.org/lang_createtable.html#rowid); NULL only where such a table may be
     * missing, so every source it may name counts.
     */
    ValueType rowid(String qualifier) {
        boolean optional = false;
        for (Scope scope = this; scope != null; scope = scope.parent) {
            for (Source source : scope.sources) {
                if (qualifier == null || source.name().equalsIgnoreCase(qualifier)) {
                    optional |= source.optional();
                }
            }
        }
        return ValueType.of(SqlType.INTEGER, optional);
    }

    /** Resolves a column, qualified or not; null when unknown (SQLite has already vetted the query). */
    ValueType resolve(String qualifier, String column) {
        String wanted = column.toLowerCase(Locale.ROOT);
        for (Scope scope = this; scope != null; scope = scope.parent) {
            for (Source source : scope.sources) {
                if (qualifier != null && !source.name().equalsIgnoreCase(qualifier)) {
                    continue;
                }
                for (NamedValue value : source.columns()) {
                    if (value.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                        ValueType type = value.type();
                        return source.optional() ? type.withNullable(true) : type;
                    }
                }
            }
        }
        return null;
    }
}
