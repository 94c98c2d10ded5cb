package dev.sqlrecord.opentelemetry;

import dev.sqlrecord.runtime.StatementEvent;
import dev.sqlrecord.runtime.StatementMetadata;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.util.Locale;

/**
 * The attributes of a statement, by the database client semantic conventions ({@code db.*},
 * {@code code.*}, {@code error.type}) and, for D1's metadata, {@code cloudflare.d1.*}.
 */
final class DbAttributes {
    static final AttributeKey<String> SYSTEM_NAME = AttributeKey.stringKey("db.system.name");
    static final AttributeKey<String> QUERY_TEXT = AttributeKey.stringKey("db.query.text");
    static final AttributeKey<String> QUERY_SUMMARY = AttributeKey.stringKey("db.query.summary");
    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("db.operation.name");
    static final AttributeKey<Long> BATCH_SIZE = AttributeKey.longKey("db.operation.batch.size");
    static final AttributeKey<Long> RETURNED_ROWS = AttributeKey.longKey("db.response.returned_rows");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> CODE_FUNCTION = AttributeKey.stringKey("code.function.name");
    static final AttributeKey<String> CODE_FILE = AttributeKey.stringKey("code.file.path");
    static final AttributeKey<Long> CODE_LINE = AttributeKey.longKey("code.line.number");
    static final AttributeKey<Long> D1_ROWS_READ = AttributeKey.longKey("cloudflare.d1.rows_read");
    static final AttributeKey<Long> D1_ROWS_WRITTEN = AttributeKey.longKey("cloudflare.d1.rows_written");
    static final AttributeKey<Boolean> D1_SERVED_BY_PRIMARY =
            AttributeKey.booleanKey("cloudflare.d1.served_by_primary");
    static final AttributeKey<String> D1_SERVED_BY_REGION = AttributeKey.stringKey("cloudflare.d1.served_by_region");
    static final AttributeKey<Long> D1_ATTEMPTS = AttributeKey.longKey("cloudflare.d1.attempts");

    private DbAttributes() {}

    /** The query's name; else the operation; else the backend, as the conventions order them. */
    static String spanName(StatementEvent event) {
        if (event.queryName() != null) {
            return event.queryName();
        }
        String operation = operationName(event.sql());
        return operation != null ? operation : event.backend();
    }

    /** The few attributes metrics are broken down by (low cardinality: never the query text). */
    static Attributes ofMetric(StatementEvent event) {
        AttributesBuilder attributes = Attributes.builder().put(SYSTEM_NAME, event.backend());
        putIfPresent(attributes, OPERATION_NAME, operationName(event.sql()));
        putIfPresent(attributes, QUERY_SUMMARY, event.queryName());
        if (event.error() != null) {
            attributes.put(ERROR_TYPE, event.error().getClass().getName());
        }
        return attributes.build();
    }

    /** Everything a span carries: the metric's attributes, the SQL, where the query is written, D1's metadata. */
    static Attributes ofSpan(StatementEvent event) {
        AttributesBuilder attributes = ofMetric(event).toBuilder().put(QUERY_TEXT, event.sql());
        if (event.query() != null) {
            attributes.put(CODE_FUNCTION, event.queryName());
            attributes.put(CODE_FILE, event.sourceFile());
            attributes.put(CODE_LINE, event.sourceLine());
        }
        if (event.batchIndex() >= 0) {
            attributes.put(BATCH_SIZE, event.batchSize());
        }
        if (event.error() == null && event.rows() >= 0 && returnsRows(event)) {
            attributes.put(RETURNED_ROWS, event.rows());
        }
        StatementMetadata told = event.metadata();
        if (told != null) {
            putIfPresent(attributes, D1_ROWS_READ, told.rowsRead());
            putIfPresent(attributes, D1_ROWS_WRITTEN, told.rowsWritten());
            putIfPresent(attributes, D1_SERVED_BY_PRIMARY, told.servedByPrimary());
            putIfPresent(attributes, D1_SERVED_BY_REGION, told.servedByRegion());
            attributes.put(D1_ATTEMPTS, told.attempts());
        }
        return attributes.build();
    }

    private static boolean returnsRows(StatementEvent event) {
        return switch (event.kind()) {
            case ONE, SINGLE, MANY -> true;
            case EXEC, EXEC_RESULT -> false;
        };
    }

    /**
     * The statement's first keyword, upper-cased ({@code SELECT}, {@code INSERT}, {@code WITH}),
     * after any leading comments; null when it starts with none.
     */
    static String operationName(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return i == start ? null : sql.substring(start, i).toUpperCase(Locale.ROOT);
    }

    private static <T> void putIfPresent(AttributesBuilder attributes, AttributeKey<T> key, T value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
