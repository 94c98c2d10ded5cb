package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.d1.D1Config;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Who may use the gateway Worker and what it runs: tokens, rotation, the statement allow-list. */
@Tag("d1")
@ExtendWith(LocalGateway.class)
class GatewaySecurityD1Test {
    private static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS gate (id INTEGER PRIMARY KEY, v TEXT)";

    @Test
    void aRequestWithoutTheTokenIsRefusedAndRunsNothing() {
        LocalGateway gateway = LocalGateway.get();
        Database db = gateway.freshDatabase();
        db.exec(CREATE_TABLE);
        String insert = "{\"statements\": [{\"sql\": \"INSERT INTO gate (v) VALUES ('x')\"}]}";

        HttpResponse<String> none = gateway.query(null, insert);
        HttpResponse<String> wrong = gateway.query("Bearer not-the-token", insert);
        HttpResponse<String> notBearer = gateway.query("Basic " + gateway.nextToken(), insert);

        for (HttpResponse<String> refused : List.of(none, wrong, notBearer)) {
            assertEquals(401, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("\"UNAUTHORIZED\""), refused.body());
        }
        assertEquals(0L, db.<Long>single("SELECT count(*) FROM gate", row -> row.getLong(1)));
    }

    @Test
    void theNextTokenIsAcceptedDuringARotation() {
        LocalGateway gateway = LocalGateway.get();
        gateway.freshDatabase().exec(CREATE_TABLE);
        Database rotated = Database.d1(D1Config.gateway(gateway.url(), gateway.nextToken()));
        assertEquals(1, rotated.exec("INSERT INTO gate (v) VALUES (?)", "rotated"));
        assertEquals("rotated", rotated.single("SELECT v FROM gate", row -> row.getString(1)));
    }

    @Test
    void aWrongTokenFailsTypedAndTheTokenIsNeverShown() {
        LocalGateway gateway = LocalGateway.get();
        String secret = "wrong-secret-0123456789";
        D1Config config = D1Config.gateway(gateway.url(), secret);
        D1AuthenticationException e = assertThrows(
                D1AuthenticationException.class, () -> Database.d1(config).many("SELECT 1", row -> 1));
        assertEquals(401, e.httpStatus());
        assertFalse(e.getMessage().contains(secret), e.getMessage());
        assertFalse(config.toString().contains(secret), config.toString());
    }

    @Test
    void withAnAllowListOnlyTheBuildsStatementsRun(@TempDir Path dir) throws IOException {
        // statements the checker generates for the basic_crud case, and its migration's table
        String createUser = "INSERT INTO users (email, name, age) VALUES (?, ?, ?)";
        String countUsers = "SELECT count(*) FROM users";
        String createTable =
                "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, age INTEGER)";
        Path statements = dir.resolve("statements.json");
        Files.writeString(
                statements,
                "{\"version\":1,\"statements\":[" + entry(createUser, "createUser") + "," + entry(countUsers, "count")
                        + "," + entry(createTable, "migration") + "]}");
        try (LocalGateway listed = LocalGateway.start(statements)) {
            Database db = Database.d1(listed.config());
            db.exec(createTable);
            assertEquals(1, db.exec(createUser, "a@example.com", "A", 30));
            // a trailing comment, as sqlcommenter appends, does not change the statement
            assertEquals(1, db.exec(createUser + " /* route='/signup' */", "b@example.com", "B", 31));

            D1Exception refused = assertThrows(D1Exception.class, () -> db.exec("DROP TABLE users"));
            assertEquals(403, refused.httpStatus());
            assertTrue(refused.getMessage().contains("STATEMENT_NOT_ALLOWED"), refused.getMessage());
            assertThrows(
                    D1Exception.class,
                    () -> db.batch(
                            Statement.exec(createUser, "c@example.com", "C", 1), Statement.exec("DELETE FROM users")));
            assertThrows(D1Exception.class, () -> db.exec(createUser + "; DROP TABLE users", "d@x", "D", 1));

            assertEquals(2L, db.<Long>single(countUsers, row -> row.getLong(1)));
        }
    }

    private static String entry(String sql, String query) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return "{\"sha256\":\"" + HexFormat.of().formatHex(digest) + "\",\"query\":\"" + query + "\"}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
