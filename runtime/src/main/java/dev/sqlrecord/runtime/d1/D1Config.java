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
import java.util.function.Consumer;

/**
 * Where a D1 database is and how to talk to it: either through Cloudflare's REST API (account id,
 * database id, API token, and the API's base URL: Cloudflare's by default; point it at a local D1
 * for tests), or through sqlrecord's gateway Worker ({@link #gateway}: its URL and bearer token).
 * Immutable; the {@code with...} methods return a changed copy. {@link #toString()} never shows
 * the token.
 */
public final class D1Config {
    /** Cloudflare's API, as wrangler and drizzle-kit use it. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.cloudflare.com/client/v4");

    public static final String ACCOUNT_ID_VARIABLE = "CLOUDFLARE_ACCOUNT_ID";
    public static final String DATABASE_ID_VARIABLE = "CLOUDFLARE_DATABASE_ID";
    public static final String TOKEN_VARIABLE = "CLOUDFLARE_D1_TOKEN";
    /** Optional; the variable wrangler reads to use another API endpoint. */
    public static final String BASE_URL_VARIABLE = "CLOUDFLARE_API_BASE_URL";
    /** The gateway Worker's URL; when set, {@link #fromEnvironment()} uses the gateway. */
    public static final String GATEWAY_URL_VARIABLE = "SQLRECORD_D1_GATEWAY_URL";
    /** The gateway's bearer token (one of its secrets SQLRECORD_TOKEN, SQLRECORD_TOKEN_NEXT). */
    public static final String GATEWAY_TOKEN_VARIABLE = "SQLRECORD_D1_GATEWAY_TOKEN";

    /** The gateway's own defaults: {@code SQLRECORD_MAX_STATEMENTS}, {@code SQLRECORD_MAX_BODY_BYTES}. */
    static final int GATEWAY_MAX_STATEMENTS = 100;

    static final long GATEWAY_MAX_REQUEST_BYTES = 4_194_304;

    private final String accountId;
    private final String databaseId;
    private final String token;
    private final URI baseUrl;
    private final Duration timeout;
    private final int readRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final boolean gateway;
    /** At most this many statements per request, checked before sending; see {@link #withRequestLimits}. */
    private final int maxStatements;
    /** At most this many bytes of JSON per request, checked before sending. */
    private final long maxRequestBytes;

    private D1Config(
            boolean gateway,
            String accountId,
            String databaseId,
            String token,
            URI baseUrl,
            Duration timeout,
            int readRetries,
            Duration initialBackoff,
            Duration maxBackoff,
            int maxStatements,
            long maxRequestBytes) {
        this.gateway = gateway;
        this.maxStatements = maxStatements;
        this.maxRequestBytes = maxRequestBytes;
        this.accountId = accountId;
        this.databaseId = databaseId;
        this.token = token;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.readRetries = readRetries;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** A copy with what {@code change} sets changed: each wither names only its own settings. */
    private D1Config with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return new D1Config(
                copy.gateway,
                copy.accountId,
                copy.databaseId,
                copy.token,
                copy.baseUrl,
                copy.timeout,
                copy.readRetries,
                copy.initialBackoff,
                copy.maxBackoff,
                copy.maxStatements,
                copy.maxRequestBytes);
    }

    /** The settings of a config while a wither changes some of them. */
    private static final class Copy {
        final boolean gateway;
        final String accountId;
        final String databaseId;
        final String token;
        URI baseUrl;
        Duration timeout;
        int readRetries;
        Duration initialBackoff;
        Duration maxBackoff;
        int maxStatements;
        long maxRequestBytes;

        Copy(D1Config config) {
            gateway = config.gateway;
            accountId = config.accountId;
            databaseId = config.databaseId;
            token = config.token;
            baseUrl = config.baseUrl;
            timeout = config.timeout;
            readRetries = config.readRetries;
            initialBackoff = config.initialBackoff;
            maxBackoff = config.maxBackoff;
            maxStatements = config.maxStatements;
            maxRequestBytes = config.maxRequestBytes;
        }
    }

    /**
     * Explicit credentials. Defaults: Cloudflare's API, a 35 s request timeout (D1 stops queries
     * at 30 s), 3 retries of reads on HTTP 429/5xx with backoff from 250 ms up to 5 s.
     */
    public static D1Config of(String accountId, String databaseId, String token) {
        return new D1Config(
                false,
                require(accountId, "accountId"),
                require(databaseId, "databaseId"),
                require(token, "token"),
                DEFAULT_BASE_URL,
                Duration.ofSeconds(35),
                3,
                Duration.ofMillis(250),
                Duration.ofSeconds(5),
                Integer.MAX_VALUE,
                Long.MAX_VALUE);
    }

    /**
     * sqlrecord's gateway Worker ({@code d1-gateway/}) at {@code url} (its {@code /v1/query} is
     * added), with one of its bearer tokens. Same defaults as {@link #of}; in addition, writes are
     * retried too, each with an idempotency key that makes the gateway apply it once.
     */
    public static D1Config gateway(URI url, String token) {
        Objects.requireNonNull(url, "url");
        return new D1Config(
                        true,
                        "gateway",
                        "gateway",
                        require(token, "token"),
                        DEFAULT_BASE_URL,
                        Duration.ofSeconds(35),
                        3,
                        Duration.ofMillis(250),
                        Duration.ofSeconds(5),
                        GATEWAY_MAX_STATEMENTS,
                        GATEWAY_MAX_REQUEST_BYTES)
                .withBaseUrl(url);
    }

    /**
     * With {@code SQLRECORD_D1_GATEWAY_URL} set: the gateway there, with the token
     * {@code SQLRECORD_D1_GATEWAY_TOKEN}. Otherwise the REST API: reads
     * {@code CLOUDFLARE_ACCOUNT_ID}, {@code CLOUDFLARE_DATABASE_ID} and {@code CLOUDFLARE_D1_TOKEN}
     * (an error names every one that is missing or empty), and {@code CLOUDFLARE_API_BASE_URL}
     * when set.
     */
    public static D1Config fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * {@link #fromEnvironment()} from these variables: for a caller that holds the environment, as
     * the Maven goals do (their tests point them at a local D1 this way).
     */
    public static D1Config fromEnvironment(Map<String, String> env) {
        String gatewayUrl = env.get(GATEWAY_URL_VARIABLE);
        if (gatewayUrl != null && !gatewayUrl.isBlank()) {
            requireVariables(env, List.of(GATEWAY_TOKEN_VARIABLE));
            return gateway(
                    URI.create(gatewayUrl.trim()),
                    env.get(GATEWAY_TOKEN_VARIABLE).trim());
        }
        requireVariables(env, List.of(ACCOUNT_ID_VARIABLE, DATABASE_ID_VARIABLE, TOKEN_VARIABLE));
        D1Config config = of(
                env.get(ACCOUNT_ID_VARIABLE).trim(),
                env.get(DATABASE_ID_VARIABLE).trim(),
                env.get(TOKEN_VARIABLE).trim());
        String base = env.get(BASE_URL_VARIABLE);
        return base == null || base.isBlank() ? config : config.withBaseUrl(base.trim());
    }

    private static void requireVariables(Map<String, String> env, List<String> names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (env.get(name) == null || env.get(name).isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new SqlRecordException(
                    "cannot connect to D1: environment variable" + (missing.size() > 1 ? "s " : " ")
                            + String.join(", ", missing) + (missing.size() > 1 ? " are" : " is") + " not set");
        }
    }

    /** Another API endpoint (or gateway URL), e.g. {@code http://127.0.0.1:8787/client/v4} for a local D1. */
    public D1Config withBaseUrl(String baseUrl) {
        return withBaseUrl(URI.create(require(baseUrl, "baseUrl")));
    }

    public D1Config withBaseUrl(URI baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.getRawUserInfo() != null) {
            // it would end up in error messages; the token goes in its own argument
            throw new IllegalArgumentException("baseUrl must not hold credentials");
        }
        if (baseUrl.getScheme() == null || !baseUrl.getScheme().matches("https?")) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL: " + baseUrl);
        }
        return with(c -> c.baseUrl = baseUrl);
    }

    /** How long one HTTP request may take before it fails with a {@link dev.sqlrecord.runtime.SqlTimeoutException}. */
    public D1Config withTimeout(Duration timeout) {
        requirePositive(timeout, "timeout");
        return with(c -> c.timeout = timeout);
    }

    /**
     * How often a read-only request is retried on HTTP 429 or 5xx (0: never). Over the REST API
     * writes never are; through the gateway they are too, with their idempotency key.
     */
    public D1Config withReadRetries(int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be >= 0");
        }
        return with(c -> c.readRetries = retries);
    }

    /**
     * The wait before the first retry, doubled for each next one up to {@code max}. A
     * {@code Retry-After} longer than {@code max} is not waited for: the call fails at once.
     */
    public D1Config withBackoff(Duration initial, Duration max) {
        requirePositive(initial, "initial");
        requirePositive(max, "max");
        return with(c -> {
            c.initialBackoff = initial;
            c.maxBackoff = max;
        });
    }

    /**
     * The most statements and JSON bytes one request may hold, checked before anything is sent: a
     * bulk write ({@link dev.sqlrecord.runtime.Database#execEach}) that does not fit in one request
     * is refused with a {@link dev.sqlrecord.runtime.LimitExceededException}, since splitting it
     * would lose its atomicity. The gateway's defaults are its own ({@code SQLRECORD_MAX_STATEMENTS}
     * 100, {@code SQLRECORD_MAX_BODY_BYTES} 4 MiB): set these to what your gateway is deployed
     * with. D1's REST API documents no such limits (its 30 s per request bounds a batch), so
     * there none are checked unless set here.
     */
    public D1Config withRequestLimits(int maxStatements, long maxRequestBytes) {
        if (maxStatements < 1 || maxRequestBytes < 1) {
            throw new IllegalArgumentException("request limits must be positive");
        }
        return with(c -> {
            c.maxStatements = maxStatements;
            c.maxRequestBytes = maxRequestBytes;
        });
    }

    /** The most statements one request may hold ({@link #withRequestLimits}). */
    public int maxStatements() {
        return maxStatements;
    }

    /** The most bytes of JSON one request may hold ({@link #withRequestLimits}). */
    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    /** Whether this is sqlrecord's gateway Worker rather than Cloudflare's REST API. */
    public boolean isGateway() {
        return gateway;
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
        if (gateway) {
            throw new IllegalStateException("a gateway has no REST endpoint");
        }
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/accounts/" + segment(accountId) + "/d1/database/" + segment(databaseId) + "/raw");
    }

    /** Time Travel's current bookmark: {@code GET .../time_travel/bookmark}. */
    URI timeTravelEndpoint() {
        return URI.create(rawEndpoint().toString().replaceAll("/raw$", "/time_travel/bookmark"));
    }

    /** The gateway's {@code /v1/query}. */
    URI gatewayEndpoint() {
        return URI.create(baseUrl.toString().replaceAll("/+$", "") + "/v1/query");
    }

    @Override
    public String toString() {
        if (gateway) {
            return "D1Config[gateway " + baseUrl + ", token hidden]";
        }
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
