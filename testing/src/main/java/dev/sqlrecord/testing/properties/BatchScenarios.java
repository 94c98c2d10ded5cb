package dev.sqlrecord.testing.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scenarios run on D1, which has batches instead of transactions (docs reference d1.md §2.2): the
 * steps go in one batch that ends with a statement that always fails, so D1 rolls every step back
 * and the next scenario starts from the migrated state again. The batch's error says what happened:
 * a step's constraint error (the runtime's typed exception, located in the batch), or our last
 * statement's, which carries the probe's rows in its text: {@code json_extract} names the bad JSON
 * path it was given, and the path is {@code 'sqlrecord rows '} and the rows as a JSON array.
 */
final class BatchScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "sqlrecord rows ";

    private final Database d1;

    BatchScenarios(Database d1) {
        this.d1 = d1;
    }

    Outcome run(List<Step> steps, Function<List<Step>, Scenarios.Probe> probe) {
        List<Statement<?>> batch = new ArrayList<>();
        for (Step step : steps) {
            batch.add(Statement.exec(step.sql(), step.params().toArray()));
        }
        Scenarios.Probe p = probe == null ? null : probe.apply(steps);
        batch.add(
                p == null
                        ? Statement.exec(end("'[]'"))
                        : Statement.exec(probed(p), p.params().toArray()));
        try {
            d1.batch(batch);
        } catch (SqlRecordException e) {
            String reason = e.reason();
            int at = reason.indexOf(MARK);
            if (at >= 0) {
                return new Outcome(-1, false, null, rows(reason.substring(at + MARK.length())));
            }
            int failed = e.batchIndex();
            if (failed < 0 || failed >= steps.size()) {
                throw new IllegalStateException("D1 failed a scenario at no step of it: " + reason, e);
            }
            return new Outcome(failed, failed == steps.size() - 1, e, List.of());
        }
        throw new IllegalStateException("D1 ran a scenario's closing statement, which must fail: " + batch);
    }

    /** The statement that fails with {@code rows} (an SQL expression giving JSON text) in its message. */
    private static String end(String rows) {
        return "SELECT json_extract('{}', '" + MARK + "' || " + rows + ")";
    }

    /** The probe's first columns as a JSON array of arrays, in the failing statement. */
    private static String probed(Scenarios.Probe p) {
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= p.columns(); c++) {
            names.add("c" + c);
        }
        return "WITH probe(" + String.join(", ", names) + ") AS (" + p.sql() + ") "
                + end("(SELECT json_group_array(json_array(" + String.join(", ", names) + ")) FROM probe)");
    }

    /** The rows from the error's text: {@code [[1,null],...]'}, quoted as SQLite's %Q quotes. */
    private static List<List<Object>> rows(String text) {
        String json = text.substring(0, text.lastIndexOf(']') + 1).replace("''", "'");
        List<List<Object>> out = new ArrayList<>();
        try {
            for (JsonNode row : JSON.readTree(json)) {
                List<Object> values = new ArrayList<>();
                for (JsonNode value : row) {
                    values.add(
                            value.isNull()
                                    ? null
                                    : value.isIntegralNumber()
                                            ? (Object) value.asLong()
                                            : value.isNumber() ? (Object) value.asDouble() : value.asText());
                }
                out.add(values);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("D1's error did not carry the probe's rows: " + text, e);
        }
        return out;
    }
}
