package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sqlrecord.runtime.StatementMetadata;
import dev.sqlrecord.runtime.spi.StatementReports;

/** D1's {@code meta} of a statement's result, reported to listeners when any is installed. */
final class D1Metadata {
    private D1Metadata() {}

    /** Reports operation {@code index}'s {@code result} when someone listens; else does nothing. */
    static void report(int index, JsonNode result) {
        StatementReports reports = StatementReports.current();
        if (reports != null) {
            reports.report(index, of(result.path("meta")));
        }
    }

    /** Every field of D1's meta is optional (local engines leave some out): a missing one is null. */
    static StatementMetadata of(JsonNode meta) {
        JsonNode primary = meta.path("served_by_primary");
        JsonNode region = meta.path("served_by_region");
        JsonNode duration = meta.path("duration");
        return new StatementMetadata(
                longOrNull(meta.path("rows_read")),
                longOrNull(meta.path("rows_written")),
                primary.isBoolean() ? primary.booleanValue() : null,
                region.isTextual() ? region.textValue() : null,
                duration.isNumber() ? duration.doubleValue() : null,
                1);
    }

    private static Long longOrNull(JsonNode value) {
        return value.isNumber() ? value.longValue() : null;
    }
}
