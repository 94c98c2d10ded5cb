package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sqlrecord.runtime.spi.Executor;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows each change of a D1 request itself changed, counted as the JDBC executor counts them:
 * SQLite's {@code changes()}, or 0 when {@code total_changes()} did not move (DDL leaves
 * {@code changes()} at the previous statement's count). D1's {@code meta.changes} would not do: it
 * also counts rows that foreign-key cascades and triggers changed (a delete of a post with 4
 * cascaded comments reports 5).
 *
 * <p>So around every change the request reads {@code total_changes()} before it (unless the read
 * after the change just before serves) and {@code changes(), total_changes()} after it. D1 runs a
 * request's statements in order on its one connection, in one transaction, so each read sees
 * exactly the statement next to it.
 *
 * <p>The gateway counts the same way on its side; with it ({@code counted}) the operations are
 * sent as they are and {@code meta.changes} is read.
 */
final class D1OwnChanges {
    private static final Executor.Operation BEFORE =
            new Executor.Operation("SELECT total_changes()", new Object[0], null, false);
    private static final Executor.Operation AFTER =
            new Executor.Operation("SELECT changes(), total_changes()", new Object[0], null, false);

    private final List<Executor.Operation> sent = new ArrayList<>();
    /** For each operation, the index of its result among the results of {@link #sent}. */
    private final int[] positions;

    private final boolean counted;

    D1OwnChanges(List<Executor.Operation> operations, boolean counted) {
        this.counted = counted;
        positions = new int[operations.size()];
        if (counted) {
            sent.addAll(operations);
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i;
            }
            return;
        }
        boolean totalJustRead = false;
        for (int i = 0; i < operations.size(); i++) {
            Executor.Operation op = operations.get(i);
            boolean change = op.reader() == null;
            if (change && !totalJustRead) {
                sent.add(BEFORE);
            }
            positions[i] = sent.size();
            sent.add(op);
            if (change) {
                sent.add(AFTER);
            }
            totalJustRead = change;
        }
    }

    /** The statements to send: the operations with the reads around each change. */
    List<Executor.Operation> sent() {
        return sent;
    }

    /** The result of operation {@code i} among D1's {@code results} for {@link #sent}. */
    JsonNode result(JsonNode results, int i) {
        return results.get(positions[i]);
    }

    /** The rows change {@code i} itself changed. */
    int changes(JsonNode results, int i) {
        if (counted) {
            return results.get(positions[i]).path("meta").path("changes").asInt();
        }
        JsonNode before = firstRow(results.get(positions[i] - 1));
        JsonNode after = firstRow(results.get(positions[i] + 1));
        long totalBefore = before.path(before.size() - 1).asLong();
        long totalAfter = after.path(1).asLong();
        return totalAfter == totalBefore ? 0 : after.path(0).asInt();
    }

    /** Row 0 of a result in D1's {@code /raw} shape (rows of arrays). */
    private static JsonNode firstRow(JsonNode result) {
        return result.path("results").path("rows").path(0);
    }
}
