package dev.sqlrecord.checker.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportLineTest {

    @Test
    void excerptLinesTakeTheSeverityOfTheirHeadline() {
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

        List<ReportLine> lines = ReportLine.of(new CheckResult(List.of(error, warning), report, List.of(), 1, 2));

        assertEquals(
                List.of(
                        new ReportLine(Severity.ERROR, "q.sql:2:8: error: [unknown-column] no such column: nmae"),
                        new ReportLine(Severity.ERROR, "    2 | SELECT nmae FROM users"),
                        new ReportLine(Severity.ERROR, "      |        ^^^^"),
                        new ReportLine(Severity.WARNING, "q.sql:5:1: warning: [some-lint] be careful"),
                        new ReportLine(Severity.WARNING, "    5 | DELETE FROM users"),
                        new ReportLine(Severity.WARNING, "      | ^")),
                lines);
    }

    @Test
    void withoutRenderedReportTheHeadlinesAreTheLines() {
        Diagnostic error = Diagnostic.error("q.sql", 2, 8, 4, "unknown-column", "no such column: nmae");

        List<ReportLine> lines = ReportLine.of(new CheckResult(List.of(error), "", List.of(), 1, 1));

        assertEquals(
                List.of(new ReportLine(Severity.ERROR, "q.sql:2:8: error: [unknown-column] no such column: nmae")),
                lines);
    }
}
