package dev.sqlrecord.runtime;

/**
 * D1's HTTP API failed for a reason other than the SQL: an internal error (5xx), an unknown route
 * (wrong account or database id), an answer that is not D1's JSON envelope. Subclasses: bad
 * credentials ({@link D1AuthenticationException}), rate limiting ({@link D1RateLimitException}).
 */
public class D1Exception extends SqlRecordException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final int errorCode;

    public D1Exception(String reason, String sql, int parameterCount, Throwable cause, int httpStatus, int errorCode) {
        super(reason, sql, parameterCount, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** The HTTP status of D1's answer, or 0 when there was none (a connection failure). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The first code in the answer's {@code errors} array (e.g. 7500, 10000), or 0 when there was none. */
    public int errorCode() {
        return errorCode;
    }
}
