package dev.sqlrecord.runtime;

/**
 * Every failure the runtime reports: SQL errors, unsupported parameters, a second row for
 * {@code :one}, NULL in a non-null column. Unchecked, because generated repositories should not
 * force callers to handle what they cannot recover from. Subclasses say what kind of failure it was
 * (a {@link ConstraintViolationException}, a {@link SqlSyntaxException}, ...), on both executors.
 *
 * <p>The message names the SQL and how many parameters were bound, never their values: values are
 * often personal data, and exception messages end up in logs.
 */
public class SqlRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String sql;
    private final int parameterCount;
    /** Set once, by the batch that ran the failing statement, before the exception leaves the runtime. */
    private int batchIndex = -1;

    private int batchSize;

    /** Whether the batch is the elements of a list form, told as elements rather than statements. */
    private boolean listElements;
    /** Index of the failing executor operation, until {@link Database} translates it to {@link #batchIndex}. */
    transient int failedOperation = -1;

    public SqlRecordException(String message) {
        this(message, (Throwable) null);
    }

    public SqlRecordException(String message, Throwable cause) {
        super(message, cause);
        this.reason = message;
        this.sql = null;
        this.parameterCount = -1;
    }

    /**
     * @param reason         what went wrong, e.g. SQLite's own message
     * @param sql            the statement that failed
     * @param parameterCount how many values were bound to it
     */
    public SqlRecordException(String reason, String sql, int parameterCount, Throwable cause) {
        super(
                reason + "; sql: " + sql + " (" + parameterCount
                        + (parameterCount == 1 ? " parameter)" : " parameters)"),
                cause);
        this.reason = reason;
        this.sql = sql;
        this.parameterCount = parameterCount;
    }

    /** What went wrong, without the SQL; for SQL errors, SQLite's message and result code. */
    public String reason() {
        return reason;
    }

    /** The statement that failed, or {@code null} when the failure was not about one statement. */
    public String sql() {
        return sql;
    }

    /** How many values were bound to {@link #sql()}, or -1 when there is no statement. */
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * The 0-based position of the failing statement in the list given to
     * {@link Database#batch(java.util.List)} (or of the failing element in the list given to a
     * list form, {@link Database#execEach}), or -1 when the failure was not in a batch (or, on D1,
     * when the failing statement could not be identified).
     */
    public int batchIndex() {
        return batchIndex;
    }

    /** How many statements the failed batch had, or 0 when not in a batch. */
    public int batchSize() {
        return batchSize;
    }

    /** The failing statement's values, rendered; only when the Database was asked to show them. */
    private String parameterValues;

    /** Shows {@code values} in the message; see {@link Database#withParameterValuesInErrors()}. */
    void attachParameterValues(Object[] values) {
        if (parameterValues != null || values == null) {
            return;
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(render(values[i]));
        }
        parameterValues = out.append(']').toString();
    }

    private static String render(Object value) {
        if (value instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        return String.valueOf(value);
    }

    @Override
    public String getMessage() {
        String message = parameterValues == null
                ? super.getMessage()
                : super.getMessage() + "; parameter values: " + parameterValues;
        if (batchSize == 0) {
            return message;
        }
        if (listElements) {
            return batchIndex >= 0
                    ? "element " + batchIndex + " (counted from 0) of a list of " + batchSize + " failed, "
                            + batchOutcome() + ": " + message
                    : "an element of a list of " + batchSize + " failed (which one could not be found), "
                            + batchOutcome() + ": " + message;
        }
        return batchIndex >= 0
                ? "batch statement " + (batchIndex + 1) + " of " + batchSize + " failed, " + batchOutcome() + ": "
                        + message
                : "a statement of a batch of " + batchSize + " failed (which one could not be found), " + batchOutcome()
                        + ": " + message;
    }

    /** What became of the batch this failure stopped. */
    String batchOutcome() {
        return "nothing was applied";
    }

    /** Records where in a batch this failure happened; the batch was rolled back as a whole. */
    void locateInBatch(int index, int size) {
        this.batchIndex = index;
        this.batchSize = size;
    }

    /**
     * Records which element of a list form ({@link Database#execEach}) failed: {@link #batchIndex()}
     * is its index in the list; the whole list was rolled back.
     */
    void locateInList(int index, int size) {
        locateInBatch(index, size);
        this.listElements = true;
    }
}
