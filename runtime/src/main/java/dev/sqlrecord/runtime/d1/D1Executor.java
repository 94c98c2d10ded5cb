package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.BatchAppliedException;
import dev.sqlrecord.runtime.D1Exception;
import dev.sqlrecord.runtime.ExecResult;
import dev.sqlrecord.runtime.LimitExceededException;
import dev.sqlrecord.runtime.RowMapper;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.SqlTimeoutException;
import dev.sqlrecord.runtime.StatementEvent;
import dev.sqlrecord.runtime.internal.D1Forms;
import dev.sqlrecord.runtime.internal.RuntimeAccess;
import dev.sqlrecord.runtime.internal.SqlErrors;
import dev.sqlrecord.runtime.internal.SqlLexer;
import dev.sqlrecord.runtime.internal.StatementSplitter;
import dev.sqlrecord.runtime.spi.BulkOperations;
import dev.sqlrecord.runtime.spi.Executor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs statements on Cloudflare D1 through its REST API or sqlrecord's gateway Worker
 * ({@link D1Transport}): one request per call, in D1's batch form for {@link #batch} (D1 runs a
 * batch as one transaction). D1's limits are checked
 * before sending, so an over-long statement fails with a clear message instead of a D1 error.
 * Rows changed are each statement's own, as on SQLite ({@link D1OwnChanges}).
 */
public final class D1Executor implements Executor {
    /** D1: SQLITE_LIMIT_VARIABLE_NUMBER. */
    static final int MAX_PARAMETERS = 100;
    /** D1: SQLITE_LIMIT_SQL_LENGTH, in bytes of UTF-8. */
    static final int MAX_SQL_BYTES = 100_000;

    private final ObjectMapper json = new ObjectMapper();
    private final D1Transport http;
    private final D1Config config;
    private volatile boolean closed;

    public D1Executor(D1Config config) {
        this.config = config;
        this.http = config.isGateway() ? new D1Gateway(config, json) : new D1RestApi(config, json);
    }

    @Override
    public <T> T query(String sql, Object[] values, CursorReader<T> reader) {
        String d1Sql = D1Forms.of(sql);
        JsonNode result = single(d1Sql == null ? sql : d1Sql, sql, values, isReadOnly(sql));
        D1Metadata.report(0, result);
        return reader.read(cursor(result, sql, values.length, d1Sql != null));
    }

    @Override
    public int update(String sql, Object[] values) {
        D1OwnChanges change =
                new D1OwnChanges(List.of(new Operation(sql, values, null, false)), http.countsOwnChanges());
        JsonNode results = change(sql, values, change);
        D1Metadata.report(0, change.result(results, 0));
        return change.changes(results, 0);
    }

    @Override
    public ExecResult updateWithRowId(String sql, Object[] values) {
        D1OwnChanges change =
                new D1OwnChanges(List.of(new Operation(sql, values, null, false)), http.countsOwnChanges());
        JsonNode results = change(sql, values, change);
        D1Metadata.report(0, change.result(results, 0));
        int changed = change.changes(results, 0);
        JsonNode rowId = change.result(results, 0).path("meta").path("last_row_id");
        if (rowId.isNumber() && D1Values.isInexactInteger(rowId)) {
            throw new SqlRecordException(
                    "the statement ran (" + changed + " rows changed), but its last insert id is"
                            + " beyond 2^53 - 1, which D1's JSON cannot carry exactly; use RETURNING CAST(rowid AS TEXT)",
                    sql,
                    values.length,
                    null);
        }
        return new ExecResult(changed, rowId.asLong(0));
    }

    @Override
    public List<Object> batch(List<Operation> operations) {
        boolean readOnly = true;
        List<Operation> toSend = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            toSend.add(D1ExactRows.sent(op));
            try {
                checkLimits(toSend.get(i).sql(), op.values());
            } catch (SqlRecordException e) {
                RuntimeAccess.failedOperation(e, i);
                throw e;
            }
            readOnly &= op.reader() != null && isReadOnly(op.sql());
        }
        Operation first = operations.get(0);
        D1OwnChanges changes = new D1OwnChanges(toSend, http.countsOwnChanges());
        JsonNode results;
        try {
            results = http.post(changes.sent(), true, readOnly, first.sql(), first.values().length);
        } catch (D1Exception | SqlTimeoutException e) {
            throw e; // not about one statement
        } catch (SqlRecordException e) {
            RuntimeAccess.failedOperation(
                    e, operations.size() == 1 ? 0 : new D1FailureLocator(this::send).locate(toSend, e));
            throw relabel(e, operations);
        }
        int sent = changes.sent().size();
        if (results.size() != sent) {
            throw new D1Exception(
                    "D1 answered " + results.size() + " results for a batch of " + sent
                            + " statements (does one of them hold several statements separated by ';'?)",
                    first.sql(),
                    first.values().length,
                    null,
                    200,
                    0);
        }
        return read(operations, toSend, changes, results, readOnly);
    }

    /** One batch request, never split: refused before sending when it does not fit ({@link D1BulkLimits}). */
    @Override
    public int[] updateEach(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        List<Object> results = bulk(BulkOperations.of(sql, rows, false));
        int[] changed = new int[results.size()];
        for (int i = 0; i < changed.length; i++) {
            changed[i] = ((ExecResult) results.get(i)).rowsChanged();
        }
        return changed;
    }

    @Override
    public List<ExecResult> updateEachWithRowId(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<ExecResult> out = new ArrayList<>(rows.size());
        bulk(BulkOperations.of(sql, rows, true)).forEach(result -> out.add((ExecResult) result));
        return out;
    }

    private List<Object> bulk(List<Operation> operations) {
        D1BulkLimits.check(operations, new D1OwnChanges(operations, http.countsOwnChanges()).sent(), http, config);
        return batch(operations);
    }

    /**
     * Each operation's result. D1 has committed the batch by now, so a reader that throws cannot
     * undo it: the other results are still read, and the caller learns that the batch was applied
     * (a read-only batch changed nothing, so there its reader's exception is thrown as it is).
     */
    private static List<Object> read(
            List<Operation> operations,
            List<Operation> sent,
            D1OwnChanges changes,
            JsonNode results,
            boolean readOnly) {
        List<Object> out = new ArrayList<>(operations.size());
        RuntimeException failure = null;
        int failed = -1;
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            JsonNode result = changes.result(results, i);
            D1Metadata.report(i, result);
            if (op.reader() == null) {
                out.add(new ExecResult(
                        changes.changes(results, i),
                        op.wantsRowId()
                                ? result.path("meta").path("last_row_id").asLong(0)
                                : 0L));
                continue;
            }
            try {
                boolean d1Form = !sent.get(i).sql().equals(op.sql());
                out.add(op.reader().read(cursor(result, op.sql(), op.values().length, d1Form)));
            } catch (RuntimeException e) {
                if (readOnly) {
                    throw e;
                }
                out.add(null);
                if (failure == null) {
                    failure = e;
                    failed = i;
                }
            }
        }
        if (failure != null) {
            Operation op = operations.get(failed);
            String reason = failure instanceof SqlRecordException sqlFailure
                    ? sqlFailure.reason()
                    : "the row mapper threw " + failure;
            BatchAppliedException applied =
                    new BatchAppliedException(reason, op.sql(), op.values().length, failure, out);
            RuntimeAccess.failedOperation(applied, failed);
            throw applied;
        }
        return out;
    }

    @Override
    public <T> Stream<T> stream(String sql, Object[] values, RowMapper<T> mapper) {
        // D1 sends the whole result in one response; mapping lazily is all a stream can save
        String d1Sql = D1Forms.of(sql);
        JsonNode result = single(d1Sql == null ? sql : d1Sql, sql, values, isReadOnly(sql));
        D1Metadata.report(0, result);
        D1Cursor cursor = cursor(result, sql, values.length, d1Sql != null);
        return Stream.generate(() -> cursor).takeWhile(D1Cursor::next).map(mapper::map);
    }

    @Override
    public void executeOnce(String sql) {
        D1Metadata.report(0, single(sql, sql, new Object[0], false));
    }

    @Override
    public <R> R transaction(Supplier<R> work) {
        throw new SqlRecordException("D1 has no interactive transactions: each request is its own transaction,"
                + " and BEGIN/COMMIT are refused. Run the statements atomically with Database.batch(...) instead"
                + " (one request, all or nothing); reads inside it cannot feed later statements of the same batch");
    }

    @Override
    public boolean supportsTransactions() {
        return false;
    }

    @Override
    public String restoreAdvice() {
        return http.restoreAdvice();
    }

    @Override
    public String backend() {
        return StatementEvent.CLOUDFLARE_D1;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** Runs one change with the reads that count its own rows, in one request; returns D1's results. */
    private JsonNode change(String sql, Object[] values, D1OwnChanges change) {
        checkLimits(sql, values);
        JsonNode results = http.post(change.sent(), true, false, sql, values.length);
        if (results.size() != change.sent().size()) {
            throw new D1Exception(
                    "D1 answered " + results.size() + " results for a statement and the reads of its"
                            + " changes (does it hold several statements separated by ';'?)",
                    sql,
                    values.length,
                    null,
                    200,
                    0);
        }
        return results;
    }

    /** Sends operations as a batch and returns D1's result array; used for locating a failure. */
    private JsonNode send(List<Operation> operations) {
        return http.post(
                operations,
                true,
                false,
                operations.get(0).sql(),
                operations.get(0).values().length);
    }

    /**
     * One statement, sent as {@code sent} (a query's D1 form, or {@code sql} itself); its result (the
     * last one if the SQL held several statements). Errors name {@code sql}.
     */
    private JsonNode single(String sent, String sql, Object[] values, boolean readOnly) {
        checkLimits(sent, values);
        JsonNode results =
                http.post(List.of(new Operation(sent, values, null, false)), false, readOnly, sql, values.length);
        if (results.isEmpty()) {
            throw new D1Exception("D1 answered no result for the statement", sql, values.length, null, 200, 0);
        }
        return results.get(results.size() - 1);
    }

    /** A cursor over a query's rows; those of its D1 form ({@code d1Form}) are decoded first. */
    private static D1Cursor cursor(JsonNode result, String sql, int parameterCount, boolean d1Form) {
        JsonNode rows = result.path("results").path("rows");
        return new D1Cursor(d1Form ? D1ExactRows.decode(rows, sql, parameterCount) : rows, sql, parameterCount);
    }

    private void checkLimits(String sql, Object[] values) {
        if (closed) {
            throw new SqlRecordException("database is closed");
        }
        if (values.length > MAX_PARAMETERS) {
            throw new LimitExceededException(
                    "D1 binds at most " + MAX_PARAMETERS + " parameters per statement, this" + " one has "
                            + values.length,
                    sql,
                    values.length,
                    null);
        }
        // a char is at most 3 UTF-8 bytes, so only long statements need counting
        if ((long) sql.length() * 3 > MAX_SQL_BYTES && sql.getBytes(StandardCharsets.UTF_8).length > MAX_SQL_BYTES) {
            throw new LimitExceededException(
                    "D1 accepts at most " + MAX_SQL_BYTES + " bytes of SQL per statement, this" + " one has "
                            + sql.getBytes(StandardCharsets.UTF_8).length,
                    sql,
                    values.length,
                    null);
        }
    }

    /** The batch error names the first statement; point it at the one that failed when we know it. */
    private static SqlRecordException relabel(SqlRecordException e, List<Operation> operations) {
        int failed = RuntimeAccess.failedOperation(e);
        if (failed == 0) {
            return e;
        }
        String sql;
        int count;
        if (failed > 0) {
            sql = operations.get(failed).sql();
            count = operations.get(failed).values().length;
        } else {
            // unknown: the error is about one of them, so name them all
            List<String> all = new ArrayList<>();
            count = 0;
            for (Operation op : operations) {
                all.add(op.sql());
                count += op.values().length;
            }
            sql = String.join("; ", all);
        }
        SqlRecordException located = SqlErrors.classify(stripCode(e.reason()), codeOf(e.reason()), sql, count, null);
        RuntimeAccess.failedOperation(located, failed);
        return located;
    }

    private static String stripCode(String reason) {
        int bracket = reason.lastIndexOf(" [SQLITE_");
        return bracket < 0 ? reason : reason.substring(0, bracket);
    }

    private static String codeOf(String reason) {
        int bracket = reason.lastIndexOf(" [SQLITE_");
        return bracket < 0 || !reason.endsWith("]") ? null : reason.substring(bracket + 2, reason.length() - 1);
    }

    /**
     * Whether a statement cannot write, so that retrying it is harmless: SELECT, VALUES, EXPLAIN,
     * or a WITH whose statement is a SELECT.
     */
    private static final Set<String> WRITE_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE");

    static boolean isReadOnly(String sql) {
        String first = StatementSplitter.firstKeyword(sql.stripLeading());
        if (first.equals("SELECT") || first.equals("VALUES") || first.equals("EXPLAIN")) {
            return true;
        }
        if (!first.equals("WITH")) {
            return false;
        }
        return !SqlLexer.hasWord(sql, WRITE_WORDS);
    }
}
