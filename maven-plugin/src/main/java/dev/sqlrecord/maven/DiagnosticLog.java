package dev.sqlrecord.maven;

import dev.sqlrecord.checker.incremental.ReportLine;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes a check's report to the build log, line by line, each at its diagnostic's level, so that
 * an error reads {@code [ERROR] src/main/sql/queries/users.sql:12:8: error: [unknown-column] ...}
 * and its excerpt lines stay with it.
 */
final class DiagnosticLog {
    private DiagnosticLog() {}

    static void write(List<ReportLine> report, Log log) {
        for (ReportLine line : report) {
            switch (line.severity()) {
                case ERROR -> log.error(line.text());
                case WARNING -> log.warn(line.text());
                default -> log.info(line.text());
            }
        }
    }
}
