package dev.sqlrecord.checker;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one check.
 *
 * @param diagnostics every problem found, sorted by file and position
 * @param report the diagnostics rendered for people (DESIGN §5), empty when there are none
 * @param generatedFiles the source files written (empty when errors stopped generation)
 * @param migrations how many migration files were applied
 * @param queries how many named queries were checked
 */
public record CheckResult(
        List<Diagnostic> diagnostics, String report, List<Path> generatedFiles, int migrations, int queries) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        generatedFiles = List.copyOf(generatedFiles);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** One line for build logs, e.g. {@code checked 3 migrations and 12 queries: 1 error, 0 warnings}. */
    public String summary() {
        return "checked " + migrations + " migration" + (migrations == 1 ? "" : "s") + " and " + queries
                + " quer" + (queries == 1 ? "y" : "ies") + ": " + count(Severity.ERROR) + " error"
                + (count(Severity.ERROR) == 1 ? "" : "s") + ", " + count(Severity.WARNING) + " warning"
                + (count(Severity.WARNING) == 1 ? "" : "s");
    }
}
