package dev.sqlrecord.runtime;

import java.util.List;

/**
 * A batch whose changes were committed, but one of whose results could not be read: on D1, which
 * commits a batch before its rows reach the client, a row mapper that throws (or a {@code :one}
 * that finds two rows) fails after the fact. Running the batch again would apply it twice. The
 * cause is the mapper's own exception; {@link #results()} holds what could be read.
 *
 * <p>On SQLite the same failure happens inside the batch's transaction, which is rolled back, so the
 * mapper's exception arrives as it was thrown and nothing is applied.
 */
public final class BatchAppliedException extends SqlRecordException {
    private static final long serialVersionUID = 1L;

    /** One result per executor operation, null where reading failed; replaced by {@link #results} in Database. */
    final transient List<Object> operationResults;

    private transient BatchResults results;

    /**
     * For an executor whose backend committed the batch before a row could be read.
     *
     * @param operationResults one result per statement of the batch, null where reading failed
     */
    public BatchAppliedException(
            String reason, String sql, int parameterCount, Throwable cause, List<Object> operationResults) {
        super(reason, sql, parameterCount, cause);
        this.operationResults = operationResults;
    }

    /**
     * Every statement's result as {@link Database#batch} would have returned it, except that the
     * statements whose rows could not be read have {@code null}: the changes' counts and row ids,
     * and the rows of the queries that did map.
     */
    public BatchResults results() {
        return results;
    }

    void attachResults(BatchResults results) {
        this.results = results;
    }

    @Override
    String batchOutcome() {
        return "the batch was applied (D1 commits a batch before its results are read; running it again would"
                + " apply it twice)";
    }
}
