package dev.sqlrecord.runtime.d1;

import dev.sqlrecord.runtime.SqlRecordException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a D1 database is and how to talk to it: account id, database id, API token, and the API's
 * base URL (Cloudflare's by default; point it at a local D1 for tests). Immutable; the
 * {@code with...} methods return a changed copy. {@link #toString()} never shows the token.
 */
public final class D1Config {
    /** Cloudflare's API, as wrangler and drizzle-kit use it. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.cloudflare.com/client/v4");

    public static final String ACCOUNT_ID_VARIABLE = "CLOUDFLARE_ACCOUNT_ID";
    public static final String DATABASE_ID_VARIABLE = "CLOUDFLARE_DATABASE_ID";
    public static final String TOKEN_VARIABLE = "CLOUDFLARE_D1_TOKEN";
    /** Optional; the variable wrangler reads to use another API endpoint. */
    public static final String BASE_URL_VARIABLE = "CLOUDFLARE_API_BASE_URL";

    private final String accountId;
    private final String databaseId;
    private final String token;
    private final URI baseUrl;
    private final Duration timeout;
    private final int readRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    private D1Config(
            String accountId,
            String databaseId,
            String token,
            URI baseUrl,
            Duration timeout,
            int readRetries,
            Duration initialBackoff,
            Duration maxBackoff) {
        this.accountId = accountId;
        this.databaseId = databaseId;
        this.token = token;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.readRetries = readRetries;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * Explicit credentials. Defaults: Cloudflare's API, a 35 s request timeout (D1 stops queries
     * at 30 s), 3 retries of reads on HTTP 429/5xx with backoff from 250 ms up to 5 s.
     */
    public static D1Config of(String accountId, String databaseId, String token) {
        return new D1Config(
                require(accountId, "accountId"),
                require(databaseId, "databaseId"),
                require(token, "token"),
                DEFAULT_BASE_URL,
                Duration.ofSeconds(35),
                3,
                Duration.ofMillis(250),
                Duration.ofSeconds(5));
    }

    /**
     * Reads {@code CLOUDFLARE_ACCOUNT_ID}, {@code CLOUDFLARE_DATABASE_ID} and
     * {@code CLOUDFLARE_D1_TOKEN} (an error names every one that is missing or empty), and
     * {@code CLOUDFLARE_API_BASE_URL} when set.
     */
    public static D1Config fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static D1Config fromEnvironment(Map<String, String> env) {
        List<String> missing = new ArrayList<>();
        for (String name : List.of(ACCOUNT_ID_VARIABLE, DATABASE_ID_VARIABLE, TOKEN_VARIABLE)) {
            if (env.get(name) == null || env.get(name).isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new SqlRecordException(
                    "cannot connect to D1: environment variable" + (missing.size() > 1 ? "s " : " ")
                            + String.join(", ", missing) + (missing.size() > 1 ? " are" : " is") + " not set");
        }
        D1Config config = of(
                env.get(ACCOUNT_ID_VARIABLE).trim(),
                env.get(DATABASE_ID_VARIABLE).trim(),
                env.get(TOKEN_VARIABLE).trim());
        String base = env.get(BASE_URL_VARIABLE);
        return base == null || base.isBlank() ? config : config.withBaseUrl(base.trim());
    }

    /** Another API endpoint, e.g. {@code http://127.0.0.1:8787/client/v4} for a local D1. */
    public D1Config withBaseUrl(String baseUrl) {
        return withBaseUrl(URI.create(require(baseUrl, "baseUrl")));
    }

    public D1Config withBaseUrl(URI baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.getScheme() == null || !baseUrl.getScheme().matches("https?")) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL: " + baseUrl);
        }
        return new D1Config(accountId, databaseId, token, baseUrl, timeout, readRetries, initialBackoff, maxBackoff);
    }

    /** How long one HTTP request may take before it fails with a {@link dev.sqlrecord.runtime.SqlTimeoutException}. */
    public D1Config withTimeout(Duration timeout) {
        requirePositive(timeout, "timeout");
        return new D1Config(accountId, databaseId, token, baseUrl, timeout, readRetries, initialBackoff, maxBackoff);
    }

    /** How often a read-only request is retried on HTTP 429 or 5xx (0: never). Writes never are. */
    public D1Config withReadRetries(int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be >= 0");
        }
        return new D1Config(accountId, databaseId, token, baseUrl, timeout, retries, initialBackoff, maxBackoff);
    }

    /**
     * The wait before the first retry, doubled for each next one up to {@code max}. A
     * {@code Retry-After} longer than {@code max} is not waited for: the call fails at once.
     */
    public D1Config withBackoff(Duration initial, Duration max) {
        requirePositive(initial, "initial");
        requirePositive(max, "max");
        return new D1Config(accountId, databaseId, token, baseUrl, timeout, readRetries, initial, max);
    }

    public String accountId() {
        return accountId;
    }

    public String databaseId() {
        return databaseId;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public Duration timeout() {
        return timeout;
    }

    public int readRetries() {
        return readRetries;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    String token() {
        return token;
    }

    /** {@code .../accounts/{account}/d1/database/{database}/raw}: rows as arrays, in column order. */
    URI rawEndpoint() {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/accounts/" + segment(accountId) + "/d1/database/" + segment(databaseId) + "/raw");
    }

    @Override
    public String toString() {
        return "D1Config[account " + accountId + ", database " + databaseId + ", " + baseUrl + ", token hidden]";
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
