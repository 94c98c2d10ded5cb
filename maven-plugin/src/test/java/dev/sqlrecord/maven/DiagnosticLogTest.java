package dev.sqlrecord.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Severity;
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
    void eachReportLineIsLoggedAtItsDiagnosticsLevel() {
        Diagnostic error = Diagnostic.error("q.sql", 2, 8, 4, "unknown-column", "no such column: nmae");
        Diagnostic warning = new Diagnostic("q.sql", 5, 1, 1, Severity.WARNING, "some-lint", "be careful");
        String report = """
                q.sql:2:8: error: [unknown-column] no such column: nmae
                    2 | SELECT nmae FROM users
                      |        ^^^^
                q.sql:5:1: warning: [some-lint] be careful
                    5 | DELETE FROM users
                      | ^
                """;
        RecordingLog log = new RecordingLog();

        DiagnosticLog.write(new CheckResult(List.of(error, warning), report, List.of(), 1, 2), log);

        assertEquals(List.of(
                "ERROR q.sql:2:8: error: [unknown-column] no such column: nmae",
                "ERROR     2 | SELECT nmae FROM users",
                "ERROR       |        ^^^^",
                "WARN q.sql:5:1: warning: [some-lint] be careful",
                "WARN     5 | DELETE FROM users",
                "WARN       | ^",
                "INFO sqlrecord: checked 1 migration and 2 queries: 1 error, 1 warning, 0 info (0 ms)"), log.lines);
    }

    @Test
    void withoutRenderedReportTheHeadlinesAreLogged() {
        Diagnostic error = Diagnostic.error("q.sql", 2, 8, 4, "unknown-column", "no such column: nmae");
        RecordingLog log = new RecordingLog();

        DiagnosticLog.write(new CheckResult(List.of(error), "", List.of(), 1, 1), log);

        assertEquals(List.of(
                "ERROR q.sql:2:8: error: [unknown-column] no such column: nmae",
                "INFO sqlrecord: checked 1 migration and 1 query: 1 error, 0 warnings, 0 info (0 ms)"), log.lines);
    }
}
