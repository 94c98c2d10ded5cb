package dev.sqlrecord.runtime;

import java.time.Duration;

/**
 * The Cloudflare API rate limit was hit (HTTP 429: 1,200 requests per 5 minutes per token, after
 * which every call is refused for a while). Reads were already retried with backoff; writes are
 * never retried, because they may have been applied.
 */
public class D1RateLimitException extends D1Exception {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public D1RateLimitException(
            String reason, String sql, int parameterCount, Throwable cause, int errorCode, Duration retryAfter) {
        super(reason, sql, parameterCount, cause, 429, errorCode);
        this.retryAfter = retryAfter;
    }

    /** How long D1 asked to wait ({@code Retry-After}), or {@code null} when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
