package dev.sqlrecord.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One statement as a {@link StatementListener} sees it: immutable. Before it runs, the outcome
 * ({@link #duration()}, {@link #rows()}, {@link #error()}, {@link #metadata()}) is not known yet.
 *
 * @param query the query of a query file it runs (name, file, line); {@code null} for SQL written by hand
 * @param sql the SQL sent, with its query comment when {@link Database#withQueryComments()} is on
 * @param backend {@link #SQLITE}, {@link #CLOUDFLARE_D1}, or what another executor calls itself
 * @param kind what the statement returns
 * @param batchIndex its place in its batch (0-based), or -1 outside a batch
 * @param batchSize the size of its batch, or 0 outside a batch
 * @param parameters the parameter values, only with {@link Database#withParameterValuesInEvents()};
 *     else {@code null}, since values are often personal data
 * @param start when it started
 * @param duration how long it took (for a statement of a batch, the whole batch, which is one
 *     round trip); {@code null} before it ran
 * @param rows rows returned (a query, as mapped) or changed (a change); -1 when not known: before
 *     it ran, after a failure, for a stream (whose rows are read later) and a migration step
 * @param error why it failed; {@code null} when it did not (or before it ran)
 * @param metadata what D1 said about it; {@code null} on SQLite and before it ran
 */
public record StatementEvent(
        Query query,
        String sql,
        String backend,
        Statement.Kind kind,
        int batchIndex,
        int batchSize,
        List<Object> parameters,
        Instant start,
        Duration duration,
        long rows,
        Throwable error,
        StatementMetadata metadata) {
    /** {@link #backend()} of SQLite, as OpenTelemetry's {@code db.system.name} calls it. */
    public static final String SQLITE = "sqlite";
    /** {@link #backend()} of Cloudflare D1. */
    public static final String CLOUDFLARE_D1 = "cloudflare-d1";

    /** The query's name; {@code null} for SQL written by hand. */
    public String queryName() {
        return query == null ? null : query.name();
    }

    /** The query file it comes from; {@code null} for SQL written by hand. */
    public String sourceFile() {
        return query == null ? null : query.file();
    }

    /** The line where the query starts in its file; 0 for SQL written by hand. */
    public int sourceLine() {
        return query == null ? 0 : query.line();
    }

    /** Whether the statement ran and failed. */
    public boolean failed() {
        return error != null;
    }

    /** This event with the statement's outcome. */
    StatementEvent outcome(Duration took, long rowCount, Throwable failure, StatementMetadata told) {
        return new StatementEvent(
                query, sql, backend, kind, batchIndex, batchSize, parameters, start, took, rowCount, failure, told);
    }

    /** The statement's SQL, where it comes from and the outcome; never the parameter values. */
    @Override
    public String toString() {
        return (query == null ? "" : query + " ") + kind + " " + sql
                + (duration == null
                        ? ""
                        : " (" + duration.toNanos() / 1_000 + " µs, " + rows + " rows"
                                + (error == null ? "" : ", failed: " + error) + ")");
    }
}
