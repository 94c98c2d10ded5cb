package dev.sqlrecord.runtime;

/**
 * D1 refused the credentials: no token, a wrong or expired token, or one without the D1 permission
 * the statement needs (D1 Read for queries, D1 Write for changes). The token is never in the message.
 */
public class D1AuthenticationException extends D1Exception {
    private static final long serialVersionUID = 1L;

    public D1AuthenticationException(
            String reason, String sql, int parameterCount, Throwable cause, int httpStatus, int errorCode) {
        super(reason, sql, parameterCount, cause, httpStatus, errorCode);
    }
}
