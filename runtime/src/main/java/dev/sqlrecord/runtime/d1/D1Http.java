package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.D1Exception;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.SqlTimeoutException;
import dev.sqlrecord.runtime.spi.StatementReports;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One JSON POST to D1's {@code /raw} endpoint or to the gateway, with the bearer token: sends the
 * body, lets the {@link Answer} read the reply, and turns every failure into a typed exception
 * ({@link D1Errors}). A request the caller marks safe to repeat (a read, or a write the gateway
 * applies once by its idempotency key) is retried on HTTP 429, 5xx and connection failures with
 * exponential backoff; anything else is sent once, because a write whose answer was lost may have
 * been applied. One client for all threads: it reuses connections, over HTTP/2 where TLS offers it.
 */
final class D1Http {
    /** Reads a reply whose body is JSON: D1's results, or a typed failure. */
    interface Answer {
        JsonNode read(HttpResponse<byte[]> response, JsonNode body, String sql, int parameterCount)
                throws D1Errors.Retryable;
    }

    private final D1Config config;
    private final URI endpoint;
    private final HttpClient client;
    private final ObjectMapper json;
    private final Answer answer;

    D1Http(D1Config config, URI endpoint, ObjectMapper json, Answer answer) {
        this.config = config;
        this.endpoint = endpoint;
        this.json = json;
        this.answer = answer;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                // plain http is a local D1: no TLS to negotiate HTTP/2 with, and no h2c upgrade dance
                .version("http".equals(endpoint.getScheme()) ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .build();
    }

    /**
     * Sends {@code body}; {@code repeatable}: whether sending it again is harmless, so that it is
     * retried, a timeout included when {@code retryTimeouts}.
     */
    JsonNode post(byte[] body, boolean repeatable, boolean retryTimeouts, String sql, int parameterCount) {
        int attempts = repeatable ? 1 + config.readRetries() : 1;
        for (int attempt = 1; ; attempt++) {
            try {
                JsonNode results = once(body, retryTimeouts, sql, parameterCount);
                StatementReports reports = StatementReports.current();
                if (reports != null) {
                    reports.attempts(attempt);
                }
                return results;
            } catch (D1Errors.Retryable e) {
                Duration wait = backoff(attempt, e.retryAfter());
                if (attempt >= attempts || wait == null) {
                    throw e.failure();
                }
                sleep(wait, e.failure());
            }
        }
    }

    private JsonNode once(byte[] body, boolean retryTimeouts, String sql, int parameterCount)
            throws D1Errors.Retryable {
        HttpRequest request = request(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = send(request, retryTimeouts, sql, parameterCount);
        return answer.read(response, parse(response, sql, parameterCount), sql, parameterCount);
    }

    /** GET {@code uri} once: the {@code result} of Cloudflare's v4 envelope; {@code what} names it in errors. */
    JsonNode getResult(URI uri, String what) {
        try {
            HttpResponse<byte[]> response = send(request(uri).GET().build(), false, what, 0);
            JsonNode envelope = parse(response, what, 0);
            if (response.statusCode() == 200 && envelope.path("success").asBoolean(false)) {
                return envelope.path("result");
            }
            JsonNode error = envelope.path("errors").path(0);
            throw D1Errors.failure(
                    response,
                    error.path("message").asText("HTTP " + response.statusCode()),
                    error.path("code").asInt(0),
                    what,
                    0);
        } catch (D1Errors.Retryable e) {
            throw e.failure();
        }
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("Authorization", "Bearer " + config.token())
                .header("Accept", "application/json");
    }

    private HttpResponse<byte[]> send(HttpRequest request, boolean retryTimeouts, String sql, int parameterCount)
            throws D1Errors.Retryable {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            SqlTimeoutException timeout = new SqlTimeoutException(
                    "D1 did not answer within " + config.timeout().toMillis() + " ms"
                            + (retryTimeouts ? "" : " (a statement that writes may or may not have been applied)"),
                    sql,
                    parameterCount,
                    e);
            if (retryTimeouts) {
                throw new D1Errors.Retryable(timeout, null);
            }
            throw timeout;
        } catch (IOException e) {
            throw new D1Errors.Retryable(
                    new D1Exception(
                            "could not reach D1 at " + config.baseUrl() + ": " + e, sql, parameterCount, e, 0, 0),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqlRecordException("interrupted while waiting for D1", sql, parameterCount, e);
        }
    }

    /** The {@code result} array of Cloudflare's v4 envelope, as the REST API answers. */
    static JsonNode restEnvelope(HttpResponse<byte[]> response, JsonNode envelope, String sql, int parameterCount)
            throws D1Errors.Retryable {
        if (response.statusCode() == 200
                && envelope.path("success").asBoolean(false)
                && envelope.path("result").isArray()) {
            for (JsonNode result : envelope.get("result")) {
                if (!result.path("success").asBoolean(true)) {
                    throw D1Errors.failure(
                            response, result.path("error").asText("a statement failed"), 0, sql, parameterCount);
                }
            }
            return envelope.get("result");
        }
        JsonNode error = envelope.path("errors").path(0);
        throw D1Errors.failure(
                response,
                error.path("message").asText("HTTP " + response.statusCode()),
                error.path("code").asInt(0),
                sql,
                parameterCount);
    }

    private JsonNode parse(HttpResponse<byte[]> response, String sql, int parameterCount) throws D1Errors.Retryable {
        try {
            JsonNode envelope = json.readTree(response.body());
            if (envelope != null && envelope.isObject()) {
                return envelope;
            }
        } catch (IOException e) {
            // not JSON: reported below with the status, which says more than the parse error
        }
        D1Exception failure = new D1Exception(
                "D1 answered HTTP " + response.statusCode() + " without its JSON answer",
                sql,
                parameterCount,
                null,
                response.statusCode(),
                0);
        if (response.statusCode() >= 500) {
            throw new D1Errors.Retryable(failure, null);
        }
        throw failure;
    }

    /** The wait before the next attempt, or null when the server asked for longer than we wait. */
    private Duration backoff(int attempt, Duration retryAfter) {
        long max = config.maxBackoff().toMillis();
        if (retryAfter != null && retryAfter.toMillis() > max) {
            return null;
        }
        long exponential = Math.min(max, config.initialBackoff().toMillis() << Math.min(attempt - 1, 20));
        // half fixed, half random, so clients that failed together do not retry together
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        return Duration.ofMillis(Math.max(jittered, retryAfter == null ? 0 : retryAfter.toMillis()));
    }

    private static void sleep(Duration wait, SqlRecordException failure) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            throw failure;
        }
    }
}
