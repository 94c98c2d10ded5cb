package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sqlrecord.runtime.D1Exception;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.SqlTimeoutException;
import dev.sqlrecord.runtime.spi.Executor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds which statement of a failed D1 batch failed. D1 rolls the whole batch back and answers
 * with one error that does not say which statement caused it, so we re-send prefixes of the batch,
 * each ending in a statement that always fails at run time with a text of our own. A prefix that
 * reproduces the original error contains the culprit; one that reaches our statement does not.
 * Bisection needs about log2(n) requests, made only after a failure; each probe is rolled back by
 * its own failing last statement, so nothing of it is applied. If anything else happens (the
 * database changed meanwhile, D1 failed differently) the statement stays unknown.
 */
final class D1FailureLocator {
    /** Fails while running (not while preparing), so the statements before it have run. */
    static final String PROBE_SQL = "SELECT json_extract('{}', 'sqlrecord batch probe')";

    private static final String PROBE_ERROR = "sqlrecord batch probe";

    private final Function<List<Executor.Operation>, JsonNode> send;

    D1FailureLocator(Function<List<Executor.Operation>, JsonNode> send) {
        this.send = send;
    }

    /** The 0-based index of the failing operation, or {@link Executor#UNKNOWN_OPERATION}. */
    int locate(List<Executor.Operation> operations, SqlRecordException original) {
        int lo = 1;
        int hi = operations.size(); // the whole batch reproduces the error
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            switch (probe(operations.subList(0, mid), original.reason())) {
                case ORIGINAL -> hi = mid;
                case PASSED -> lo = mid + 1;
                default -> {
                    return Executor.UNKNOWN_OPERATION;
                }
            }
        }
        return lo - 1;
    }

    private enum Outcome {
        ORIGINAL,
        PASSED,
        OTHER
    }

    private Outcome probe(List<Executor.Operation> prefix, String originalReason) {
        List<Executor.Operation> probe = new ArrayList<>(prefix);
        probe.add(new Executor.Operation(PROBE_SQL, new Object[0], null, false));
        try {
            var unused = send.apply(probe); // only whether it fails matters
            return Outcome.OTHER; // the probe statement did not fail: not the engine we know
        } catch (D1Exception | SqlTimeoutException e) {
            return Outcome.OTHER;
        } catch (SqlRecordException e) {
            if (e.reason().equals(originalReason)) {
                return Outcome.ORIGINAL;
            }
            return e.reason().contains(PROBE_ERROR) ? Outcome.PASSED : Outcome.OTHER;
        }
    }
}
