package dev.sqlrecord.runtime;

/**
 * What a remote backend said about one statement it ran, for listeners: D1 bills rows read and
 * written, and a read can be answered by a replica. Each field is {@code null} when the backend
 * did not say (local D1 engines leave some out).
 *
 * @param rowsRead rows the statement read, index rows included ({@code meta.rows_read} on D1)
 * @param rowsWritten rows it wrote, index rows included ({@code meta.rows_written})
 * @param servedByPrimary whether the primary database answered rather than a read replica
 * @param servedByRegion the region that answered, such as {@code WEUR}
 * @param serverDurationMillis time spent running the SQL inside the database, without the network
 * @param attempts HTTP requests it took, counting the retries of a read (1 when none were needed)
 */
public record StatementMetadata(
        Long rowsRead,
        Long rowsWritten,
        Boolean servedByPrimary,
        String servedByRegion,
        Double serverDurationMillis,
        int attempts) {}
