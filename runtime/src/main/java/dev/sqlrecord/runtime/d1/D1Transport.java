package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.spi.Executor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How {@link D1Executor} reaches D1: Cloudflare's REST API ({@link D1RestApi}) or sqlrecord's
 * gateway Worker ({@link D1Gateway}). Both answer with one result per statement in the REST API's
 * {@code /raw} shape ({@code results.columns}, {@code results.rows}, {@code meta.changes},
 * {@code meta.last_row_id}), so reading results is shared.
 */
interface D1Transport {
    /**
     * Runs the statements, as one batch (one transaction) when {@code batch}, else the single
     * one; {@code sql} and {@code parameterCount} name the statement in error messages.
     */
    JsonNode post(List<Executor.Operation> statements, boolean batch, boolean readOnly, String sql, int parameterCount);

    /** How many bytes {@link #post} would send for {@code statements} as one batch that writes. */
    long requestBytes(List<Executor.Operation> statements);

    /**
     * Whether {@code meta.changes} is already each statement's own count (the gateway counts it);
     * otherwise the executor sends the reads that count it ({@link D1OwnChanges}).
     */
    boolean countsOwnChanges();

    /** See {@link Executor#restoreAdvice()}: "" unless the transport reaches D1's Time Travel. */
    default String restoreAdvice() {
        return "";
    }

    /** Writes JSON to bytes. */
    interface JsonWriter {
        void write(JsonGenerator json) throws IOException;
    }

    static byte[] bytes(ObjectMapper mapper, JsonWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
            writer.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return out.toByteArray();
    }
}
