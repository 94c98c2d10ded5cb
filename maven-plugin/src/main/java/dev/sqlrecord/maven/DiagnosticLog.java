package dev.sqlrecord.maven;

import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Severity;
import java.util.HashMap;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes a check's report to the build log, line by line, each at its diagnostic's level, so that
 * an error reads {@code [ERROR] src/main/sql/queries/users.sql:12:8: error: [unknown-column] ...}
 * and its excerpt lines stay with it. Then the one-line summary.
 */
final class DiagnosticLog {
    private DiagnosticLog() {}

    static void write(CheckResult result, Log log) {
        Map<String, Severity> headlines = new HashMap<>();
        for (Diagnostic d : result.diagnostics()) {
            headlines.put(d.headline(), d.severity());
        }
        String report = result.report() == null ? "" : result.report();
        if (report.isBlank()) {
            // No rendered report: the headlines still say everything that matters.
            result.diagnostics().forEach(d -> write(log, d.severity(), d.headline()));
        } else {
            Severity current = Severity.INFO;
            for (String line : report.split("\\R")) {
                current = headlines.getOrDefault(line, current);
                if (!line.isEmpty()) {
                    write(log, current, line);
                }
            }
        }
        log.info("sqlrecord: " + result.summary());
    }

    private static void write(Log log, Severity severity, String line) {
        switch (severity) {
            case ERROR -> log.error(line);
            case WARNING -> log.warn(line);
            default -> log.info(line);
        }
    }
}
