package dev.sqlrecord.checker.incremental;

import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a check's report as a build log prints it, at the severity of the diagnostic it
 * belongs to: a headline {@code file:line:col: warning: [code] ...} and its excerpt lines share it,
 * so a log shows them together at one level. Kept with the last check, so a skipped check can
 * repeat its warnings instead of dropping them.
 */
public record ReportLine(Severity severity, String text) {

    /** The report of {@code result}, line by line, without blank lines. */
    public static List<ReportLine> of(CheckResult result) {
        List<ReportLine> lines = new ArrayList<>();
        String report = result.report() == null ? "" : result.report();
        if (report.isBlank()) {
            // No rendered report: the headlines still say everything that matters.
            result.diagnostics().forEach(d -> lines.add(new ReportLine(d.severity(), d.headline())));
            return lines;
        }
        Map<String, Severity> headlines = new HashMap<>();
        for (Diagnostic d : result.diagnostics()) {
            headlines.put(d.headline(), d.severity());
        }
        Severity current = Severity.INFO;
        for (String line : report.split("\\R")) {
            current = headlines.getOrDefault(line, current);
            if (!line.isEmpty()) {
                lines.add(new ReportLine(current, line));
            }
        }
        return lines;
    }
}
