package dev.sqlrecord.testing.generate;

import java.util.Map;

/**
 * What one {@link RowGenerator#fill} did.
 *
 * @param inserted rows inserted, by table name (every table, zero included)
 * @param unfilled the tables that got no row at all, each with the reason (SQLite's last refusal,
 *                 or a parent with no rows), by table name
 */
public record FillResult(Map<String, Integer> inserted, Map<String, String> unfilled) {
    public FillResult {
        inserted = Map.copyOf(inserted);
        unfilled = Map.copyOf(unfilled);
    }

    /** Whether every table got at least one row. */
    public boolean complete() {
        return unfilled.isEmpty();
    }
}
