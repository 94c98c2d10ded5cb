package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.spi.Executor;
import java.io.IOException;
import java.util.List;

/**
 * Cloudflare's D1 REST API: {@code POST .../raw} with {@code {"sql", "params"}} or
 * {@code {"batch": [...]}}, answered in the v4 envelope. Only reads are retried: a write whose
 * answer was lost may have been applied, and the REST API cannot tell.
 */
final class D1RestApi implements D1Transport {
    private final ObjectMapper json;
    private final D1Http http;

    D1RestApi(D1Config config, ObjectMapper json) {
        this.json = json;
        this.http = new D1Http(config, config.rawEndpoint(), json, D1Http::restEnvelope);
    }

    @Override
    public JsonNode post(
            List<Executor.Operation> statements, boolean batch, boolean readOnly, String sql, int parameterCount) {
        byte[] body = D1Transport.bytes(json, out -> {
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
        return http.post(body, readOnly, false, sql, parameterCount);
    }

    @Override
    public boolean countsOwnChanges() {
        return false;
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
