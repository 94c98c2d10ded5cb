package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The tables and subqueries a SELECT reads from, each under the name the query calls it, plus the
 * enclosing query's scope for correlated subqueries.
 */
final class Scope {
    /**
     * One FROM item; {@code optional} when an outer join may leave it without a row (all NULLs);
     * {@code item} its node in the statement (null for a SELECT's own result columns), {@code table}
     * the base table it reads (null for a view, CTE, subquery or function).
     */
    record Source(
            String name,
            List<NamedValue> columns,
            boolean optional,
            List<String> usingColumns,
            ParserRuleContext item,
            String table) {
        static Source of(String name, List<NamedValue> columns, ParserRuleContext item, String table) {
            return new Source(name, columns, false, List.of(), item, table);
        }

        Source asOptional() {
            return withOptional(true);
        }

        Source withOptional(boolean optional) {
            return new Source(name, columns, optional, usingColumns, item, table);
        }

        Source withUsing(List<String> using) {
            return new Source(name, columns, optional, using, item, table);
        }
    }

    /** A column reference's resolution: the source it reads and its type there. */
    record Match(Source source, ValueType type) {}

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

    /**
     * Marks {@code column} of {@code source} non-null, when {@code source} is one of this level's own
     * (a filter of this level says nothing of an enclosing level's rows). An optional source still
     * reads it as NULL where the source is missing.
     */
    void narrow(Source source, String column) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).equals(source)) {
                List<NamedValue> columns = source.columns().stream()
                        .map(c -> c.name().equalsIgnoreCase(column)
                                ? new NamedValue(c.name(), c.type().withNullable(false))
                                : c)
                        .toList();
                sources.set(
                        i,
                        new Source(
                                source.name(),
                                columns,
                                source.optional(),
                                source.usingColumns(),
                                source.item(),
                                source.table()));
            }
        }
    }

    /**
     * Marks {@code source} present with {@code column} non-null: a filter that holds only when the
     * column is non-null proves an outer join found its row (a missing row reads all NULLs).
     */
    void present(Source source, String column) {
        sources.replaceAll(s -> s.equals(source) ? s.withOptional(false) : s);
        narrow(source.withOptional(false), column);
    }

    /** A scope with the same sources and parent, for a filter that narrows only part of a query. */
    Scope copy() {
        Scope copy = new Scope(parent);
        copy.sources.addAll(sources);
        return copy;
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
     * The source an unqualified or qualified rowid names: the named one, or else the first base table
     * of the innermost level that has sources; null when there is none.
     */
    Source rowidSource(String qualifier) {
        for (Scope scope = this; scope != null; scope = scope.parent) {
            if (qualifier != null) {
                for (Source source : scope.sources) {
                    if (source.name().equalsIgnoreCase(qualifier)) {
                        return source;
                    }
                }
            } else if (!scope.sources.isEmpty()) {
                return scope.sources.stream()
                        .filter(s -> s.table() != null)
                        .findFirst()
                        .orElse(null);
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
    Match resolve(String qualifier, String column) {
        String wanted = column.toLowerCase(Locale.ROOT);
        for (Scope scope = this; scope != null; scope = scope.parent) {
            for (Source source : scope.sources) {
                if (qualifier != null && !source.name().equalsIgnoreCase(qualifier)) {
                    continue;
                }
                for (NamedValue value : source.columns()) {
                    if (value.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                        ValueType type = value.type();
                        return new Match(source, source.optional() ? type.withNullable(true) : type);
                    }
                }
            }
        }
        return null;
    }
}
