package dev.sqlrecord.runtime.d1;

import dev.sqlrecord.runtime.LimitExceededException;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.internal.RuntimeAccess;
import dev.sqlrecord.runtime.spi.Executor;
import java.util.List;

/**
 * The check a bulk write passes before it is sent: D1 applies one request atomically, so a list
 * form's elements go in one request or not at all. Splitting them over several requests would let
 * the first parts commit while a later one fails.
 */
final class D1BulkLimits {
    private D1BulkLimits() {}

    /**
     * Refuses {@code operations} (sent as {@code sent}, with the reads that count own changes) with
     * a {@link LimitExceededException} when the request would exceed {@code config}'s limits.
     */
    static void check(
            List<Executor.Operation> operations, List<Executor.Operation> sent, D1Transport http, D1Config config) {
        Executor.Operation first = operations.get(0);
        String counting =
                sent.size() == operations.size() ? "" : " (with the reads that count each element's own changes)";
        if (sent.size() > config.maxStatements()) {
            throw refused(
                    operations.size() + " elements are " + sent.size() + " statements in one D1 request" + counting
                            + ", more than the " + config.maxStatements() + " it may hold",
                    first);
        }
        // written even without a byte limit: a value that cannot be sent is found here, before any request
        long bytes;
        try {
            bytes = http.requestBytes(sent);
        } catch (SqlRecordException e) {
            // a value that cannot be written as JSON: name its element, as a batch does
            RuntimeAccess.failedOperation(e, unwritable(operations, http));
            throw e;
        }
        if (bytes > config.maxRequestBytes()) {
            throw refused(
                    operations.size() + " elements are " + bytes + " bytes of JSON in one D1 request, more than the "
                            + config.maxRequestBytes() + " it may hold",
                    first);
        }
    }

    /** The first element whose values cannot be written, or {@link Executor#UNKNOWN_OPERATION}. */
    private static int unwritable(List<Executor.Operation> operations, D1Transport http) {
        for (int i = 0; i < operations.size(); i++) {
            try {
                var unused = http.requestBytes(List.of(operations.get(i)));
            } catch (SqlRecordException e) {
                return i;
            }
        }
        return Executor.UNKNOWN_OPERATION;
    }

    private static LimitExceededException refused(String what, Executor.Operation first) {
        return new LimitExceededException(
                "a bulk write does not fit in one request: " + what + " (D1Config.withRequestLimits; the gateway's"
                        + " SQLRECORD_MAX_STATEMENTS and SQLRECORD_MAX_BODY_BYTES). Nothing was sent: splitting it"
                        + " over several requests would lose its atomicity. Raise the limits, or split the list"
                        + " yourself where the parts need not apply together",
                first.sql(),
                first.values().length,
                null);
    }
}
