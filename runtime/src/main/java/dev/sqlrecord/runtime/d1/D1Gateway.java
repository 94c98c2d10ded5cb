package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sqlrecord.runtime.D1AuthenticationException;
import dev.sqlrecord.runtime.D1Exception;
import dev.sqlrecord.runtime.LimitExceededException;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.spi.Executor;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * sqlrecord's gateway Worker ({@code d1-gateway/}): {@code POST /v1/query} with typed values both
 * ways. It keeps the newest session bookmark the gateway returned and sends it with every request,
 * so that a read after a write sees the write even on a read replica. Every request that may write
 * carries an idempotency key, made once and reused by its retries, so that the gateway applies it
 * once however often its answer is lost; that makes writes as safe to retry as reads.
 */
final class D1Gateway implements D1Transport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper json;
    private final D1Http http;
    private final AtomicReference<String> bookmark = new AtomicReference<>();

    D1Gateway(D1Config config, ObjectMapper json) {
        this.json = json;
        this.http = new D1Http(config, config.gatewayEndpoint(), json, this::answer);
    }

    @Override
    public JsonNode post(
            List<Executor.Operation> statements, boolean batch, boolean readOnly, String sql, int parameterCount) {
        String key = readOnly ? null : UUID.randomUUID().toString();
        byte[] body = body(statements, batch, key, D1Sessions.primaryRequested());
        // with its key, a write is as safe to send again as a read
        return http.post(body, true, key != null, sql, parameterCount);
    }

    @Override
    public long requestBytes(List<Executor.Operation> statements) {
        return body(statements, true, UUID.randomUUID().toString(), D1Sessions.primaryRequested()).length;
    }

    private byte[] body(List<Executor.Operation> statements, boolean batch, String key, boolean primary) {
        return D1Transport.bytes(json, out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("statements");
            for (Executor.Operation op : statements) {
                out.writeStartObject();
                out.writeStringField("sql", op.sql());
                out.writeArrayFieldStart("params");
                Object[] values = op.values();
                for (int i = 0; i < values.length; i++) {
                    D1Values.write(out, values[i], i + 1, op.sql(), values.length, true);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeBooleanField("batch", batch);
            String newest = bookmark.get();
            if (newest != null && !primary) {
                out.writeStringField("bookmark", newest);
            }
            out.writeBooleanField("primary", primary);
            if (key != null) {
                out.writeStringField("idempotencyKey", key);
            }
            out.writeEndObject();
        });
    }

    @Override
    public boolean countsOwnChanges() {
        return true;
    }

    /** The gateway's answer as results in the REST API's shape, or its error as a typed exception. */
    private JsonNode answer(HttpResponse<byte[]> response, JsonNode body, String sql, int parameterCount)
            throws D1Errors.Retryable {
        if (response.statusCode() != 200 || !body.path("results").isArray()) {
            throw failure(response, body.path("error"), sql, parameterCount);
        }
        keepNewer(body.path("bookmark").asText(null));
        ArrayNode results = NODES.arrayNode();
        for (JsonNode result : body.get("results")) {
            ObjectNode rest = results.addObject();
            ObjectNode rowsAndColumns = rest.putObject("results");
            rowsAndColumns.set("columns", result.path("columns"));
            ArrayNode rows = rowsAndColumns.putArray("rows");
            for (JsonNode row : result.path("rows")) {
                ArrayNode values = rows.addArray();
                row.forEach(value -> values.add(value(value)));
            }
            ObjectNode meta = rest.putObject("meta");
            meta.put("changes", result.path("changes").asLong());
            meta.set("last_row_id", value(result.path("lastRowId")));
            meta.put("rows_read", result.path("rowsRead").asLong());
            meta.put("rows_written", result.path("rowsWritten").asLong());
            // where the request was served is the request's, told with each result as REST does
            copy(body, "servedByRegion", meta, "served_by_region");
            copy(body, "servedByPrimary", meta, "served_by_primary");
            copy(body, "durationMs", meta, "duration");
        }
        return results;
    }

    private static void copy(JsonNode from, String name, ObjectNode to, String restName) {
        JsonNode value = from.path(name);
        if (!value.isMissingNode()) {
            to.set(restName, value);
        }
    }

    /** A typed value as the REST API's shape holds it: exact integers, blobs as byte arrays. */
    private static JsonNode value(JsonNode value) {
        if (value.isObject() && value.path("int").isTextual()) {
            return new D1Values.ExactInteger(Long.parseLong(value.get("int").textValue()));
        }
        if (value.isObject() && value.path("blob").isTextual()) {
            ArrayNode bytes = NODES.arrayNode();
            for (byte b : Base64.getDecoder().decode(value.get("blob").textValue())) {
                bytes.add(b & 0xff);
            }
            return bytes;
        }
        return value;
    }

    /** Bookmarks order as text; the newest one seen by any thread wins. */
    private void keepNewer(String received) {
        if (received != null && !received.isBlank()) {
            bookmark.accumulateAndGet(received, (held, got) -> held == null || held.compareTo(got) < 0 ? got : held);
        }
    }

    private static SqlRecordException failure(
            HttpResponse<byte[]> response, JsonNode error, String sql, int parameterCount) throws D1Errors.Retryable {
        int status = response.statusCode();
        String code = error.path("code").asText("");
        String message = error.path("message").asText("HTTP " + status);
        return switch (status) {
            case 401 ->
                new D1AuthenticationException(
                        "the D1 gateway refused the token (HTTP 401): " + message
                                + "; check that it is one of the gateway's secrets SQLRECORD_TOKEN, SQLRECORD_TOKEN_NEXT",
                        sql,
                        parameterCount,
                        null,
                        status,
                        0);
            case 403 ->
                new D1Exception(
                        "the D1 gateway refused the statement (HTTP 403, " + code + "): " + message
                                + "; it runs only the statements of the build whose statements.json it was deployed with",
                        sql,
                        parameterCount,
                        null,
                        status,
                        0);
            // about the request as a whole, not one of its statements: D1Exception, which a batch
            // reports as it is instead of looking for the statement that failed (a body too large
            // is a LimitExceededException, whose statement a batch then locates)
            case 409 -> new D1Exception("the D1 gateway says: " + message, sql, parameterCount, null, status, 0);
            case 413 ->
                "TOO_LARGE".equals(code)
                        ? new LimitExceededException(
                                "the D1 gateway refused the request (HTTP 413): " + message
                                        + "; raise its SQLRECORD_MAX_BODY_BYTES or send less at once",
                                sql,
                                parameterCount,
                                null)
                        : new D1Exception(
                                "the D1 gateway refused the request (HTTP 413, " + code + "): " + message
                                        + "; raise its SQLRECORD_MAX_STATEMENTS or split the batch",
                                sql,
                                parameterCount,
                                null,
                                status,
                                0);
            default -> D1Errors.failure(response, message, "SQL_ERROR".equals(code) ? 7500 : 0, sql, parameterCount);
        };
    }
}
