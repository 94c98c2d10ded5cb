package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
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
    void changesAreTheStatementsOwnWithOrWithoutAKeyAndARepeatedKeyIsAnsweredFromTheRecord() throws Exception {
        Database db = LocalGateway.get().freshDatabase();
        db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY)");
        db.exec("CREATE TABLE c (p_id INTEGER REFERENCES p(id) ON DELETE CASCADE)");
        db.exec("INSERT INTO p VALUES (1), (2)");
        db.exec("INSERT INTO c VALUES (1), (1), (2), (2)");
        JsonNode unkeyed = ok("{\"statements\": [{\"sql\": \"DELETE FROM p WHERE id = 1\"}]}");
        assertEquals(1, unkeyed.path("results").path(0).path("changes").asInt(), unkeyed.toString());

        String keyed = "{\"statements\": [{\"sql\": \"DELETE FROM p WHERE id = 2\"},"
                + " {\"sql\": \"INSERT INTO p VALUES (3)\"}], \"batch\": true, \"idempotencyKey\": \"k-protocol\"}";
        JsonNode first = ok(keyed);
        JsonNode again = ok(keyed);
        for (JsonNode answer : List.of(first, again)) {
            assertEquals(1, answer.path("results").path(0).path("changes").asInt(), answer.toString());
            assertEquals(1, answer.path("results").path(1).path("changes").asInt(), answer.toString());
            assertEquals(3, answer.path("results").path(1).path("lastRowId").asInt(), answer.toString());
        }
        assertTrue(again.path("replayed").asBoolean(), again.toString());
        assertEquals(List.of(3L), db.many("SELECT id FROM p", row -> row.getLong(1)));
        assertEquals(0L, db.<Long>single("SELECT count(*) FROM c", row -> row.getLong(1)));
    }

    @Test
    void aBatchBeyondTheStatementLimitFailsAsAWholeAndRunsNothing() {
        Database db = LocalGateway.get().freshDatabase();
        db.exec("CREATE TABLE l (x INTEGER)");
        List<Statement<?>> inserts = new java.util.ArrayList<>();
        for (int i = 0; i < 101; i++) {
            inserts.add(Statement.exec("INSERT INTO l VALUES (?)", i));
        }
        D1Exception e = org.junit.jupiter.api.Assertions.assertThrows(D1Exception.class, () -> db.batch(inserts));
        assertEquals(413, e.httpStatus());
        assertTrue(e.getMessage().contains("TOO_MANY_STATEMENTS"), e.getMessage());
        assertEquals(0L, db.<Long>single("SELECT count(*) FROM l", row -> row.getLong(1)));
    }

    @Test
    void requestsBeyondTheLimitsAreRefusedBeforeD1() {
        LocalGateway gateway = LocalGateway.get();
        String statements = String.join(",", Collections.nCopies(101, "{\"sql\": \"SELECT 1\"}"));
        HttpResponse<String> many = gateway.query(
                "Bearer " + gateway.nextToken(), "{\"batch\": true, \"statements\": [" + statements + "]}");
        assertEquals(413, many.statusCode(), many.body());
        assertTrue(many.body().contains("TOO_MANY_STATEMENTS"), many.body());

        String big = "x".repeat(4_300_000); // over the default 4 MB
        HttpResponse<String> large = gateway.query(
                "Bearer " + gateway.nextToken(),
                "{\"statements\": [{\"sql\": \"SELECT ?\", \"params\": [\"" + big + "\"]}]}");
        assertEquals(413, large.statusCode(), large.body());

        HttpResponse<String> notJson = gateway.query("Bearer " + gateway.nextToken(), "{not json");
        assertEquals(400, notJson.statusCode(), notJson.body());
    }
}
