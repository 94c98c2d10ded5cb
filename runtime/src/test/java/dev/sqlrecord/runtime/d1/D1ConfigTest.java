package dev.sqlrecord.runtime.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.SqlRecordException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class D1ConfigTest {
    @Test
    void readsTheEnvironment() {
        D1Config config = D1Config.fromEnvironment(Map.of(
                "CLOUDFLARE_ACCOUNT_ID", "acc", "CLOUDFLARE_DATABASE_ID", "0000-db", "CLOUDFLARE_D1_TOKEN", "tok-123"));
        assertEquals("acc", config.accountId());
        assertEquals("0000-db", config.databaseId());
        assertEquals(D1Config.DEFAULT_BASE_URL, config.baseUrl());
        assertEquals(
                URI.create("https://api.cloudflare.com/client/v4/accounts/acc/d1/database/0000-db/raw"),
                config.rawEndpoint());
        assertFalse(config.toString().contains("tok-123"), config.toString());
    }

    @Test
    void aMissingVariableIsNamed() {
        SqlRecordException one = assertThrows(
                SqlRecordException.class,
                () -> D1Config.fromEnvironment(Map.of(
                        "CLOUDFLARE_ACCOUNT_ID", "acc", "CLOUDFLARE_DATABASE_ID", "db", "CLOUDFLARE_D1_TOKEN", " ")));
        assertEquals("cannot connect to D1: environment variable CLOUDFLARE_D1_TOKEN is not set", one.getMessage());
        SqlRecordException all = assertThrows(SqlRecordException.class, () -> D1Config.fromEnvironment(Map.of()));
        assertTrue(
                all.getMessage()
                        .contains(
                                "CLOUDFLARE_ACCOUNT_ID, CLOUDFLARE_DATABASE_ID, CLOUDFLARE_D1_TOKEN are" + " not set"),
                all.getMessage());
    }

    @Test
    void theBaseUrlCanPointAtALocalD1() {
        D1Config config = D1Config.fromEnvironment(Map.of(
                "CLOUDFLARE_ACCOUNT_ID",
                "a b",
                "CLOUDFLARE_DATABASE_ID",
                "d",
                "CLOUDFLARE_D1_TOKEN",
                "t",
                "CLOUDFLARE_API_BASE_URL",
                "http://127.0.0.1:8787/client/v4/"));
        assertEquals(
                URI.create("http://127.0.0.1:8787/client/v4/accounts/a%20b/d1/database/d/raw"), config.rawEndpoint());
        assertThrows(IllegalArgumentException.class, () -> config.withBaseUrl("ftp://x"));
        assertThrows(IllegalArgumentException.class, () -> D1Config.of("", "d", "t"));
    }

    @Test
    void theGatewayVariablesChooseTheGateway() {
        D1Config config = D1Config.fromEnvironment(Map.of(
                "SQLRECORD_D1_GATEWAY_URL", "https://gw.example.workers.dev/",
                "SQLRECORD_D1_GATEWAY_TOKEN", "gw-secret-42",
                "CLOUDFLARE_D1_TOKEN", "rest-token"));
        assertTrue(config.isGateway());
        assertEquals(URI.create("https://gw.example.workers.dev/v1/query"), config.gatewayEndpoint());
        assertFalse(config.toString().contains("gw-secret-42"), config.toString());
        assertEquals("D1Config[gateway https://gw.example.workers.dev/, token hidden]", config.toString());

        SqlRecordException noToken = assertThrows(
                SqlRecordException.class,
                () -> D1Config.fromEnvironment(Map.of("SQLRECORD_D1_GATEWAY_URL", "https://gw.example")));
        assertEquals(
                "cannot connect to D1: environment variable SQLRECORD_D1_GATEWAY_TOKEN is not set",
                noToken.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> D1Config.gateway(URI.create("https://user:pw@gw.example"), "t"));
    }
}
