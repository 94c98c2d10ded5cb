package dev.sqlrecord.opentelemetry;

import dev.sqlrecord.runtime.BatchEvent;
import dev.sqlrecord.runtime.Statement;
import dev.sqlrecord.runtime.StatementEvent;
import dev.sqlrecord.runtime.StatementListener;
import dev.sqlrecord.runtime.StatementMetadata;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A {@link StatementListener} that makes OpenTelemetry telemetry of every statement, after the
 * database client semantic conventions:
 *
 * <ul>
 *   <li>one {@code CLIENT} span per statement (also per statement of a batch, each spanning the
 *       batch's one round trip), named by the query's name, a child of the current context, with
 *       {@link DbAttributes the conventions' attributes}, its error status, and D1's metadata;
 *   <li>the histogram {@code db.client.operation.duration} (seconds), once per statement alone and
 *       once per batch ({@code db.operation.name} {@code BATCH});
 *   <li>the histogram {@code db.client.response.returned_rows} of the rows a query returned;
 *   <li>on D1, the counters {@code cloudflare.d1.rows_read} and {@code cloudflare.d1.rows_written},
 *       the rows D1 bills.
 * </ul>
 *
 * <pre>{@code
 * Database db = Database.d1(config).withListener(OpenTelemetryListener.create(openTelemetry));
 * }</pre>
 */
public final class OpenTelemetryListener implements StatementListener {
    /** The instrumentation scope of the spans and metrics. */
    public static final String SCOPE = "dev.sqlrecord";

    private static final List<Double> DURATION_BUCKETS =
            List.of(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0); // the conventions' advice

    private final Tracer tracer;
    private final DoubleHistogram duration;
    private final LongHistogram returnedRows;
    private final LongCounter rowsRead;
    private final LongCounter rowsWritten;

    private OpenTelemetryListener(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(SCOPE);
        Meter meter = openTelemetry.getMeter(SCOPE);
        this.duration = meter.histogramBuilder("db.client.operation.duration")
                .setDescription("Duration of database client operations.")
                .setUnit("s")
                .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
                .build();
        this.returnedRows = meter.histogramBuilder("db.client.response.returned_rows")
                .setDescription("The actual number of records returned by the database operation.")
                .setUnit("{row}")
                .ofLongs()
                .build();
        this.rowsRead = meter.counterBuilder("cloudflare.d1.rows_read")
                .setDescription("Rows D1 read to run the statements, index rows included (what D1 bills).")
                .setUnit("{row}")
                .build();
        this.rowsWritten = meter.counterBuilder("cloudflare.d1.rows_written")
                .setDescription("Rows D1 wrote to run the statements, index rows included (what D1 bills).")
                .setUnit("{row}")
                .build();
    }

    /** A listener reporting to {@code openTelemetry} (the SDK the application set up, or the global one). */
    public static OpenTelemetryListener create(OpenTelemetry openTelemetry) {
        return new OpenTelemetryListener(Objects.requireNonNull(openTelemetry, "openTelemetry"));
    }

    @Override
    public void afterStatement(StatementEvent event) {
        Attributes metricAttributes = DbAttributes.ofMetric(event);
        Span span = tracer.spanBuilder(DbAttributes.spanName(event))
                .setSpanKind(SpanKind.CLIENT)
                .setParent(Context.current())
                .setStartTimestamp(event.start())
                .setAllAttributes(DbAttributes.ofSpan(event))
                .startSpan();
        if (event.error() != null) {
            span.setStatus(StatusCode.ERROR, String.valueOf(event.error().getMessage()));
            span.recordException(event.error());
        }
        span.end(event.start().plus(event.duration()));
        if (event.batchIndex() < 0) {
            duration.record(seconds(event.duration()), metricAttributes);
        }
        if (event.kind() != Statement.Kind.EXEC && event.kind() != Statement.Kind.EXEC_RESULT && event.rows() >= 0) {
            returnedRows.record(event.rows(), metricAttributes);
        }
        StatementMetadata told = event.metadata();
        if (told != null) {
            if (told.rowsRead() != null) {
                rowsRead.add(told.rowsRead(), metricAttributes);
            }
            if (told.rowsWritten() != null) {
                rowsWritten.add(told.rowsWritten(), metricAttributes);
            }
        }
    }

    @Override
    public void afterBatch(BatchEvent batch) {
        AttributesBuilder attributes = Attributes.builder()
                .put(DbAttributes.SYSTEM_NAME, batch.backend())
                .put(DbAttributes.OPERATION_NAME, "BATCH")
                .put(DbAttributes.BATCH_SIZE, batch.size());
        if (batch.error() != null) {
            attributes.put(DbAttributes.ERROR_TYPE, batch.error().getClass().getName());
        }
        duration.record(seconds(batch.duration()), attributes.build());
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
