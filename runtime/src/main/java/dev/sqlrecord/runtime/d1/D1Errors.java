package dev.sqlrecord.runtime.d1;

import dev.sqlrecord.runtime.D1AuthenticationException;
import dev.sqlrecord.runtime.D1Exception;
import dev.sqlrecord.runtime.D1RateLimitException;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.SqlTimeoutException;
import dev.sqlrecord.runtime.internal.SqlErrors;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * D1's failure answers as typed exceptions. SQL errors come as HTTP 400, code 7500, with SQLite's
 * message and result code in one string ({@code UNIQUE constraint failed: users.email:
 * SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_UNIQUE)}), which {@link SqlErrors} classifies as
 * on JDBC; authentication, rate limits and service failures have their own statuses and codes.
 */
final class D1Errors {
    private static final Pattern SQLITE_MESSAGE =
            Pattern.compile("(?s)^(.*?):\\s*(SQLITE_[A-Z_]+)(?:\\s*\\(extended:\\s*(SQLITE_[A-Z_]+)\\))?\\s*$");
    private static final Pattern TRANSIENT = Pattern.compile("(?i)overloaded|Network connection lost"
            + "|was reset|reset because|internal error|storage caused object to be reset|try again");
    private static final Pattern TIMEOUT = Pattern.compile("(?i)CPU time limit|timed out|took too long");
    private static final String TRANSACTION_TEXT = "To execute a transaction";

    private D1Errors() {}

    /** A failure worth retrying for a read-only request, with the server's requested wait if any. */
    static final class Retryable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SqlRecordException failure;
        private final Duration retryAfter;

        Retryable(SqlRecordException failure, Duration retryAfter) {
            super(null, null, false, false);
            this.failure = failure;
            this.retryAfter = retryAfter;
        }

        SqlRecordException failure() {
            return failure;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Throws (as {@link Retryable} when a read may try again) or returns the exception for an error answer. */
    static SqlRecordException failure(HttpResponse<?> response, String message, int code, String sql, int count)
            throws Retryable {
        int status = response.statusCode();
        String text = message.startsWith("D1_ERROR: ") ? message.substring("D1_ERROR: ".length()) : message;
        if (status == 429) {
            Duration retryAfter = retryAfter(response);
            throw new Retryable(
                    new D1RateLimitException(
                            "D1 rate limit reached (HTTP 429, code " + code + "): " + text
                                    + (retryAfter != null ? "; retry after " + retryAfter.toSeconds() + " s" : ""),
                            sql,
                            count,
                            null,
                            code,
                            retryAfter),
                    retryAfter);
        }
        if (status == 401 || status == 403 || code == 10000 || code == 9106 || code == 9109) {
            return new D1AuthenticationException(
                    "D1 refused the credentials (HTTP " + status + ", code " + code + "): " + text
                            + "; check the API token and that it has D1 permission for this account",
                    sql,
                    count,
                    null,
                    status,
                    code);
        }
        if (text.startsWith(TRANSACTION_TEXT)) {
            return new SqlRecordException(
                    "D1 has no SQL transaction control (BEGIN, COMMIT, SAVEPOINT ...); run"
                            + " statements atomically with Database.batch instead. D1 said: " + text,
                    sql,
                    count,
                    null);
        }
        if (TIMEOUT.matcher(text).find()) {
            return new SqlTimeoutException("D1 stopped the statement: " + text, sql, count, null);
        }
        Matcher m = SQLITE_MESSAGE.matcher(text);
        if (m.matches() && status < 500) {
            return SqlErrors.classify(m.group(1), m.group(3) != null ? m.group(3) : m.group(2), sql, count, null);
        }
        D1Exception failure = new D1Exception(
                "D1 failed (HTTP " + status + ", code " + code + "): " + text, sql, count, null, status, code);
        if (status >= 500 || TRANSIENT.matcher(text).find()) {
            throw new Retryable(failure, retryAfter(response));
        }
        if (status == 400 && code == 7500) {
            return SqlErrors.classify(text, null, sql, count, null); // SQL error without a result code
        }
        return failure;
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("retry-after")
                .map(value -> {
                    try {
                        return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
                    } catch (NumberFormatException e) {
                        return null; // an HTTP date; rare enough to fall back to our own backoff
                    }
                })
                .orElse(null);
    }
}
