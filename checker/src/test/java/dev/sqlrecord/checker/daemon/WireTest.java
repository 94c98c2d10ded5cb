package dev.sqlrecord.checker.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.incremental.CheckRun;
import dev.sqlrecord.checker.incremental.InputFingerprint;
import dev.sqlrecord.checker.incremental.ReportLine;
import dev.sqlrecord.checker.lint.LintSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the plugin and the daemon say to each other arrives as it was said, tabs and line breaks too. */
class WireTest {
    @Test
    void aRequestArrivesWithItsOptionsAndTheBuildsSqlrecordProperties() throws IOException {
        CheckRequest request = new CheckRequest(
                Path.of("/work/app"),
                Path.of("db/migrations"),
                Path.of("src/main/sql/queries"),
                List.of(Path.of("src/main/java"), Path.of("src/gen/java")),
                "com.acme.db",
                null,
                Path.of("target/sqlrecord/model.json"),
                Target.D1,
                LintSettings.of(Map.of("full-scan", "error", "select-star", "off"), List.of("settings")));
        String previous = System.setProperty("sqlrecord.threads", "1");
        StringWriter out = new StringWriter();
        try {
            Wire.writeCheck(out, "the build", request, true, null);
        } finally {
            if (previous == null) {
                System.clearProperty("sqlrecord.threads");
            } else {
                System.setProperty("sqlrecord.threads", previous);
            }
        }
        Wire.Order order = Wire.readOrder(new BufferedReader(new StringReader(out.toString())));
        assertEquals(Wire.CHECK, order.verb());
        assertEquals("the build", order.build());
        assertEquals(request, order.request());
        assertEquals(true, order.force());
        assertEquals("1", order.properties().get("sqlrecord.threads"));
        assertEquals(null, order.taken());
    }

    @Test
    void theFingerprintTheBuildTookArrivesWhole() throws IOException {
        CheckRequest request = new CheckRequest(
                Path.of("/work/app"),
                Path.of("src/main/sql/migrations"),
                Path.of("src/main/sql/queries"),
                List.of(Path.of("src/main/java")),
                "com.acme.db",
                Path.of("target/generated"),
                Path.of("target/sqlrecord/model.json"),
                Target.SQLITE);
        InputFingerprint taken = new InputFingerprint(
                new TreeMap<>(Map.of(
                        "query src/main/sql/queries/a\tb.sql", "9f86d081",
                        "tool /m2/checker.jar", "637200 bytes, modified 1 ns")),
                1_796_000_000_000L,
                Map.of("query src/main/sql/queries/a\tb.sql", "12 bytes, modified 5 ns"));
        StringWriter out = new StringWriter();
        Wire.writeCheck(out, "the build", request, false, taken);

        Wire.Order order = Wire.readOrder(new BufferedReader(new StringReader(out.toString())));
        assertEquals(request, order.request());
        assertEquals(taken, order.taken());
    }

    @Test
    void aRunArrivesLineForLine() throws IOException {
        CheckRun run = new CheckRun(
                List.of(
                        new ReportLine(Severity.ERROR, "q.sql:1:8: error: [x] a\ttab"),
                        new ReportLine(Severity.WARNING, "    1 | SELECT 'back\\\\slash'"),
                        new ReportLine(Severity.INFO, "sqlrecord: checked")),
                CheckRun.Outcome.FOUND_ERRORS,
                "sqlrecord found errors\\nin two lines");
        StringWriter out = new StringWriter();
        Wire.writeRun(out, run);
        assertEquals(run, Wire.readRun(new BufferedReader(new StringReader(out.toString()))));
    }

    @Test
    void anAnswerCutShortIsAnError() {
        StringWriter out = new StringWriter();
        assertThrows(IOException.class, () -> {
            Wire.writeRun(out, new CheckRun(List.of(), CheckRun.Outcome.PASSED, null));
            String cut = out.toString().substring(0, out.toString().length() - 1);
            Wire.readRun(new BufferedReader(new StringReader(cut)));
        });
    }

    /** A worker's standard output is its wire, where its JVM may print first (a recording, an agent). */
    @Test
    void aWorkersAnswerArrivesAfterWhatElseItsJvmPrinted() throws IOException {
        CheckRun run = new CheckRun(
                List.of(new ReportLine(Severity.INFO, "sqlrecord: checked")), CheckRun.Outcome.PASSED, null);
        StringWriter out = new StringWriter();
        out.write("[0.444s][info][jfr,startup] Started recording 1.\n\n");
        Wire.writeAnswer(out, run);
        Wire.writeAnswer(out, run);
        BufferedReader in = new BufferedReader(new StringReader(out.toString()));
        assertEquals(run, Wire.readAnswer(in));
        assertEquals(run, Wire.readAnswer(in));
        assertThrows(IOException.class, () -> Wire.readAnswer(in)); // none more: the worker ended
    }
}
