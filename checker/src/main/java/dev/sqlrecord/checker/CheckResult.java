package dev.sqlrecord.checker;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one check.
 *
 * @param diagnostics every problem found, sorted by file and position
 * @param report the diagnostics rendered for people (docs/ARCHITECTURE.md §5), empty when there are none
 * @param generatedFiles the source files written (empty when errors stopped generation)
 * @param migrations how many migration files were applied
 * @param queries how many named queries were checked
 * @param millis how long the check took
 */
public record CheckResult(
        List<Diagnostic> diagnostics,
        String report,
        List<Path> generatedFiles,
        int migrations,
        int queries,
        long millis) {

    public CheckResult(
            List<Diagnostic> diagnostics, String report, List<Path> generatedFiles, int migrations, int queries) {
        this(diagnostics, report, generatedFiles, migrations, queries, 0);
    }

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

    /**
     * One line for build logs, e.g.
     * {@code checked 3 migrations and 12 queries: 1 error, 2 warnings, 0 info (215 ms)}.
     */
    public String summary() {
        return "checked " + counts() + " (" + millis + " ms)";
    }

    /** What was checked and found, e.g. {@code 3 migrations and 12 queries: 1 error, 2 warnings, 0 info}. */
    public String counts() {
        return plural(migrations, "migration", "migrations") + " and " + plural(queries, "query", "queries") + ": "
                + plural(count(Severity.ERROR), "error", "errors") + ", "
                + plural(count(Severity.WARNING), "warning", "warnings") + ", " + count(Severity.INFO) + " info";
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
