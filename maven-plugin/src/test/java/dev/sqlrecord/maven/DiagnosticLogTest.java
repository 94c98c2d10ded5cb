package dev.sqlrecord.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.incremental.ReportLine;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class DiagnosticLogTest {

    /** Keeps what was logged, as {@code LEVEL text}. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            lines.add("ERROR " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("WARN " + content);
        }

        @Override
        public void info(CharSequence content) {
            lines.add("INFO " + content);
        }
    }

    @Test
    void eachReportLineIsLoggedAtItsSeverity() {
        RecordingLog log = new RecordingLog();

        DiagnosticLog.write(
                List.of(
                        new ReportLine(Severity.ERROR, "q.sql:2:8: error: [unknown-column] no such column: nmae"),
                        new ReportLine(Severity.ERROR, "    2 | SELECT nmae FROM users"),
                        new ReportLine(Severity.WARNING, "q.sql:5:1: warning: [some-lint] be careful"),
                        new ReportLine(Severity.INFO, "q.sql:9:1: info: [select-star] SELECT *")),
                log);

        assertEquals(
                List.of(
                        "ERROR q.sql:2:8: error: [unknown-column] no such column: nmae",
                        "ERROR     2 | SELECT nmae FROM users",
                        "WARN q.sql:5:1: warning: [some-lint] be careful",
                        "INFO q.sql:9:1: info: [select-star] SELECT *"),
                log.lines);
    }
}
