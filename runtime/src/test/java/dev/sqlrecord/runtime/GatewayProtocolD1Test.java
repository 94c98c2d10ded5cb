package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway's JSON protocol as a client other than the runtime sees it: values, bookmarks, limits. */
@Tag("d1")
@ExtendWith(LocalGateway.class)
class GatewayProtocolD1Test {
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode ok(String body) throws Exception {
        LocalGateway gateway = LocalGateway.get();
        HttpResponse<String> response = gateway.query("Bearer " + gateway.nextToken(), body);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    @Test
    void valuesKeepTheirStorageClassBothWays() throws Exception {
        LocalGateway.get().freshDatabase().exec("CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB)");
        ok("{\"statements\": [{\"sql\": \"INSERT INTO v VALUES (?, ?, ?, ?)\","
                + " \"params\": [{\"int\": \"9007199254740993\"}, 1.5, \"text\", {\"blob\": \"AAEC/w==\"}]}]}");
        JsonNode row = ok("{\"statements\": [{\"sql\": \"SELECT CAST(i AS TEXT), typeof(i), r, t, b, NULL FROM v\"}]}")
                .path("results")
                .path(0)
                .path("rows")
                .path(0);
        assertEquals("9007199254740993", row.path(0).asText());
        assertEquals("integer", row.path(1).asText());
        assertEquals(1.5, row.path(2).asDouble());
        assertEquals("text", row.path(3).asText());
        assertEquals("AAEC/w==", row.path(4).path("blob").asText());
        assertTrue(row.path(5).isNull());
    }

    @Test
    void everyAnswerCarriesTheSessionsBookmarkAndItAdvancesWithAWrite() throws Exception {
        LocalGateway.get().freshDatabase().exec("CREATE TABLE s (x INTEGER)");
        JsonNode read = ok("{\"statements\": [{\"sql\": \"SELECT count(*) FROM s\"}]}");
        String before = read.path("bookmark").asText();
        JsonNode write =
                ok("{\"statements\": [{\"sql\": \"INSERT INTO s VALUES (1)\"}], \"bookmark\": \"" + before + "\"}");
        assertTrue(write.path("bookmark").asText().compareTo(before) > 0, write.toString());
        JsonNode primary = ok("{\"statements\": [{\"sql\": \"SELECT count(*) FROM s\"}], \"primary\": true}");
        assertEquals(
                1, primary.path("results").path(0).path("rows").path(0).path(0).asInt());
        assertNotNull(primary.get("servedByPrimary")); // null locally, D1's flag on Cloudflare
    }

    @Test
    void requestsBeyondTheLimitsAreRefusedBeforeD1() {
        LocalGateway gateway = LocalGateway.get();
        String statements = String.join(",", Collections.nCopies(101, "{\"sql\": \"SELECT 1\"}"));
        HttpResponse<String> many = gateway.query(
                "Bearer " + gateway.nextToken(), "{\"batch\": true, \"statements\": [" + statements + "]}");
        assertEquals(413, many.statusCode(), many.body());
        assertTrue(many.body().contains("TOO_MANY_STATEMENTS"), many.body());

        String big = "x".repeat(1_100_000);
        HttpResponse<String> large = gateway.query(
                "Bearer " + gateway.nextToken(),
                "{\"statements\": [{\"sql\": \"SELECT ?\", \"params\": [\"" + big + "\"]}]}");
        assertEquals(413, large.statusCode(), large.body());

        HttpResponse<String> notJson = gateway.query("Bearer " + gateway.nextToken(), "{not json");
        assertEquals(400, notJson.statusCode(), notJson.body());
    }
}
