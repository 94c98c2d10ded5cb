package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.spi.Executor;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Cloudflare's D1 REST API: {@code POST .../raw} with {@code {"sql", "params"}} or
 * {@code {"batch": [...]}}, answered in the v4 envelope. Only reads are retried: a write whose
 * answer was lost may have been applied, and the REST API cannot tell.
 */
final class D1RestApi implements D1Transport {
    private final D1Config config;
    private final ObjectMapper json;
    private final D1Http http;

    D1RestApi(D1Config config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = new D1Http(config, config.rawEndpoint(), json, D1Http::restEnvelope);
    }

    @Override
    public JsonNode post(
            List<Executor.Operation> statements, boolean batch, boolean readOnly, String sql, int parameterCount) {
        return http.post(body(statements, batch), readOnly, false, sql, parameterCount);
    }

    @Override
    public long requestBytes(List<Executor.Operation> statements) {
        return body(statements, true).length;
    }

    private byte[] body(List<Executor.Operation> statements, boolean batch) {
        return D1Transport.bytes(json, out -> {
            out.writeStartObject();
            if (batch) {
                out.writeArrayFieldStart("batch");
                for (Executor.Operation op : statements) {
                    out.writeStartObject();
                    writeStatement(out, op.sql(), op.values());
                    out.writeEndObject();
                }
                out.writeEndArray();
            } else {
                writeStatement(out, statements.get(0).sql(), statements.get(0).values());
            }
            out.writeEndObject();
        });
    }

    @Override
    public boolean countsOwnChanges() {
        return false;
    }

    /**
     * Time Travel's current bookmark and how to restore it. When no bookmark can be had (a token
     * without the permission, say), the run goes on and the advice falls back to the time: D1
     * keeps 30 days of history (7 on the free plan) and restores to a timestamp as well.
     */
    @Override
    public String restoreAdvice() {
        String before = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String bookmark;
        try {
            bookmark = http.getResult(config.timeTravelEndpoint(), "GET time_travel/bookmark")
                    .path("bookmark")
                    .asText("");
        } catch (SqlRecordException e) {
            return "no Time Travel bookmark could be taken before this run (" + e.getMessage()
                    + "); to undo the run, restore D1 to the time before it: npx wrangler d1 time-travel restore"
                    + " <database name> --timestamp=" + before;
        }
        return "the database as it was before this run is Time Travel bookmark " + bookmark
                + "; to undo the run: npx wrangler d1 time-travel restore <database name> --bookmark=" + bookmark
                + " (or POST " + config.timeTravelEndpoint().resolve("restore") + "?bookmark=" + bookmark + ")";
    }

    private static void writeStatement(JsonGenerator json, String sql, Object[] values) throws IOException {
        json.writeStringField("sql", sql);
        if (values.length > 0) {
            json.writeArrayFieldStart("params");
            for (int i = 0; i < values.length; i++) {
                D1Values.write(json, values[i], i + 1, sql, values.length, false);
            }
            json.writeEndArray();
        }
    }
}
