package dev.sqlrecord.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.Query;
import dev.sqlrecord.runtime.Statement;
import dev.sqlrecord.runtime.UniqueViolationException;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The spans and metrics {@link OpenTelemetryListener} makes, read back from the SDK's in-memory
 * exporters: the conventions' attributes, error status, D1's metadata. {@link OpenTelemetryJdbcTest}
 * runs it on SQLite, {@link OpenTelemetryD1Test} on a real local D1.
 */
abstract class OpenTelemetryBehaviour {
    static final Query ADD_NOTE = Query.of("addNote", "queries/notes.sql", 3, "INSERT INTO notes (body) VALUES (?)");
    static final Query FIND_NOTE = Query.of("findNote", "queries/notes.sql", 6, "SELECT body FROM notes WHERE id = ?");
    static final Query ALL_NOTES = Query.of("allNotes", "queries/notes.sql", 9, "SELECT body FROM notes ORDER BY id");
    private static final String SECRET = "s3cret-personal-value";

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private OpenTelemetrySdk sdk;
    private Database plain;
    private Database db;

    abstract Database open();

    abstract String backend();

    @BeforeEach
    void setUp() {
        sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(spans))
                        .build())
                .setMeterProvider(
                        SdkMeterProvider.builder().registerMetricReader(metrics).build())
                .build();
        plain = open();
        plain.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)");
        db = plain.withListener(OpenTelemetryListener.create(sdk));
    }

    @AfterEach
    void tearDown() {
        plain.close();
        sdk.close();
    }

    private boolean isD1() {
        return backend().equals("cloudflare-d1");
    }

    @Test
    void oneClientSpanPerStatementWithTheConventionsAttributes() {
        db.exec(ADD_NOTE, SECRET);
        assertEquals(1, db.many(ALL_NOTES, row -> row.getString(1)).size());
        db.exec("DELETE FROM notes WHERE id = 99");

        List<SpanData> finished = spans.getFinishedSpanItems();
        assertEquals(
                List.of("addNote", "allNotes", "DELETE"),
                finished.stream().map(SpanData::getName).toList());
        SpanData insert = finished.get(0);
        assertEquals(SpanKind.CLIENT, insert.getKind());
        assertEquals(backend(), attribute(insert, "db.system.name"));
        assertEquals("INSERT INTO notes (body) VALUES (?)", attribute(insert, "db.query.text"));
        assertEquals("INSERT", attribute(insert, "db.operation.name"));
        assertEquals("addNote", attribute(insert, "db.query.summary"));
        assertEquals("queries/notes.sql", attribute(insert, "code.file.path"));
        assertEquals(3L, insert.getAttributes().get(AttributeKey.longKey("code.line.number")));
        assertEquals(StatusCode.UNSET, insert.getStatus().getStatusCode());
        assertTrue(insert.getEndEpochNanos() >= insert.getStartEpochNanos());

        SpanData select = finished.get(1);
        assertEquals(1L, select.getAttributes().get(AttributeKey.longKey("db.response.returned_rows")));
        assertNull(attribute(finished.get(2), "db.query.summary"), "SQL written by hand has no summary");
        for (SpanData span : finished) {
            assertFalse(span.toString().contains(SECRET), "no parameter value in a span");
        }
        if (isD1()) {
            assertTrue(select.getAttributes().get(AttributeKey.longKey("cloudflare.d1.rows_read")) >= 1);
            assertEquals(1L, select.getAttributes().get(AttributeKey.longKey("cloudflare.d1.attempts")));
            assertTrue(insert.getAttributes().get(AttributeKey.longKey("cloudflare.d1.rows_written")) >= 1);
        } else {
            assertNull(select.getAttributes().get(AttributeKey.longKey("cloudflare.d1.rows_read")));
        }
    }

    @Test
    void aFailedStatementHasErrorStatusAndType() {
        db.exec(ADD_NOTE, "twice");
        assertThrows(UniqueViolationException.class, () -> db.exec(ADD_NOTE, "twice"));
        SpanData failed = spans.getFinishedSpanItems().get(1);
        assertEquals(StatusCode.ERROR, failed.getStatus().getStatusCode());
        assertEquals(UniqueViolationException.class.getName(), attribute(failed, "error.type"));
        assertEquals(1, failed.getEvents().size(), "the exception is recorded");
    }

    @Test
    void eachStatementOfABatchIsASpanAndTheBatchOneDuration() {
        db.batch(Statement.exec(ADD_NOTE, "a"), Statement.exec(ADD_NOTE, "b"), Statement.one(FIND_NOTE, r -> 1, 1L));
        List<SpanData> finished = spans.getFinishedSpanItems();
        assertEquals(
                List.of("addNote", "addNote", "findNote"),
                finished.stream().map(SpanData::getName).toList());
        assertTrue(finished.stream()
                .allMatch(span -> Long.valueOf(3)
                        .equals(span.getAttributes().get(AttributeKey.longKey("db.operation.batch.size")))));

        List<HistogramPointData> durations = histogram("db.client.operation.duration");
        assertEquals(1, durations.size(), "one point: the batch");
        assertEquals("BATCH", durations.get(0).getAttributes().get(AttributeKey.stringKey("db.operation.name")));
        assertEquals(1, durations.get(0).getCount());
    }

    @Test
    void durationAndRowMetricsPerQuery() {
        db.exec(ADD_NOTE, "a");
        db.exec(ADD_NOTE, "b");
        db.many(ALL_NOTES, row -> row.getString(1));
        db.first(FIND_NOTE, row -> row.getString(1), 1L);

        List<HistogramPointData> durations = histogram("db.client.operation.duration");
        assertEquals(3, durations.size(), "one series per query: addNote, allNotes, findNote");
        HistogramPointData adds = durations.stream()
                .filter(p -> "addNote".equals(p.getAttributes().get(AttributeKey.stringKey("db.query.summary"))))
                .findFirst()
                .orElseThrow();
        assertEquals(2, adds.getCount());
        assertEquals(backend(), adds.getAttributes().get(AttributeKey.stringKey("db.system.name")));
        assertNull(adds.getAttributes().get(AttributeKey.stringKey("db.query.text")), "never the SQL in metrics");

        List<HistogramPointData> rows = histogram("db.client.response.returned_rows");
        assertEquals(
                3L, (long) rows.stream().mapToDouble(HistogramPointData::getSum).sum(), "2 rows, then 1");
        List<LongPointData> read = counter("cloudflare.d1.rows_read");
        if (isD1()) {
            assertTrue(read.stream().mapToLong(LongPointData::getValue).sum() >= 3);
        } else {
            assertEquals(List.of(), read);
        }
    }

    private static String attribute(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

    private List<HistogramPointData> histogram(String name) {
        return metric(name).stream()
                .flatMap(m -> m.getHistogramData().getPoints().stream())
                .toList();
    }

    private List<LongPointData> counter(String name) {
        return metric(name).stream()
                .flatMap(m -> m.getLongSumData().getPoints().stream())
                .toList();
    }

    private List<MetricData> metric(String name) {
        Collection<MetricData> all = metrics.collectAllMetrics();
        return all.stream().filter(m -> m.getName().equals(name)).toList();
    }
}
