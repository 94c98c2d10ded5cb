package dev.sqlrecord.runtime;

import dev.sqlrecord.runtime.internal.D1Forms;
import dev.sqlrecord.runtime.internal.MultiRowInserts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A query of a query file as generated code runs it: its SQL and where it comes from (its name,
 * the file and the line it starts on). Generated repositories keep one per query in a static
 * constant and pass it instead of the bare SQL, so that listeners ({@link StatementListener}) and
 * query comments ({@link Database#withQueryComments()}) can name the query at no cost per call.
 */
public final class Query {
    private final String name;
    private final String file;
    private final int line;
    private final String sql;
    /** The SQL with its trailing comment, made once. */
    private final String commentedSql;

    private Query(String name, String file, int line, String sql) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.sql = Objects.requireNonNull(sql, "sql");
        this.commentedSql = sql + comment(name, file, line);
    }

    /** A query named {@code name}, written at {@code file} (relative to the project), line {@code line}. */
    public static Query of(String name, String file, int line, String sql) {
        return new Query(name, file, line, sql);
    }

    /**
     * This query, whose result has {@code columns} columns, those at the 1-based {@code integers}
     * read as integers: on D1 it is sent in a form that carries integers beyond 2^53 - 1 exactly,
     * where D1's JSON would round them (docs/D1-EXACT-INTEGERS.md). The check writes this call.
     */
    public Query d1ExactIntegers(int columns, int... integers) {
        return d1Form(D1Forms.select(sql, columns, integers));
    }

    /**
     * As {@link #d1ExactIntegers(int, int...)}, for a write whose RETURNING list names plain columns:
     * {@code returning} are their names, in order.
     */
    public Query d1ExactIntegers(List<String> returning, int... integers) {
        return d1Form(D1Forms.returning(sql, returning, integers));
    }

    /**
     * This query, an INSERT of one VALUES row of parameters into a table where each run writes
     * exactly one row or fails: its list form may send many elements as one multi-row INSERT
     * (docs/MULTI-ROW-INSERTS.md). The check writes this call.
     */
    public Query multiRowInsert() {
        MultiRowInserts.register(sql, comment(name, file, line));
        return this;
    }

    private Query d1Form(String d1Sql) {
        if (d1Sql != null) {
            D1Forms.register(sql, d1Sql);
            D1Forms.register(commentedSql, d1Sql + comment(name, file, line));
        }
        return this;
    }

    /** The query's name, as in its {@code -- name:} line. */
    public String name() {
        return name;
    }

    /** The query file it comes from, such as {@code queries/users.sql}. */
    public String file() {
        return file;
    }

    /** The line of the query file where the query starts (1-based). */
    public int line() {
        return line;
    }

    /** The SQL as generated code sends it (without a query comment). */
    public String sql() {
        return sql;
    }

    /** {@link #sql()} with the trailing comment that {@link Database#withQueryComments()} sends. */
    String commentedSql() {
        return commentedSql;
    }

    /**
     * One trailing block comment in the sqlcommenter format: values URL-encoded (so a comment
     * can never hold a closing star-slash or a quote), the file with its line.
     */
    static String comment(String name, String file, int line) {
        return " /* name='" + encode(name) + "',file='" + encode(file + ":" + line) + "' */";
    }

    private static String encode(String value) {
        // sqlcommenter encodes as JavaScript's encodeURIComponent: a space is %20, not +
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The name and where it is from; the SQL is {@link #sql()}. */
    @Override
    public String toString() {
        return name + " (" + file + ":" + line + ")";
    }
}
