package dev.sqlrecord.checker.incremental;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.Checker;
import dev.sqlrecord.checker.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One build's check as the plugin's goals run it, in the build's JVM or in the check daemon
 * (docs/ARCHITECTURE.md §8): skipped when nothing changed, otherwise incremental, or full when
 * forced; and what the build log is to say of it, line by line.
 *
 * @param log the lines to log, each at its severity
 * @param outcome how it ended
 * @param message why the build fails; null when it does not
 */
public record CheckRun(List<ReportLine> log, Outcome outcome, String message) {
    /** How a check ended, for the build. */
    public enum Outcome {
        /** No errors (or skipped after a check without errors): the build goes on. */
        PASSED,
        /** Errors in the project's SQL or records: the build fails, each error logged. */
        FOUND_ERRORS,
        /** The check itself could not run (an unreadable folder, say). */
        COULD_NOT_RUN
    }

    public CheckRun {
        log = List.copyOf(log);
    }

    /** Runs the check of {@code request}; {@code callers} as for {@link IncrementalCheck#open}. */
    public static CheckRun run(CheckRequest request, List<Class<?>> callers, boolean force) {
        List<ReportLine> log = new ArrayList<>();
        try {
            IncrementalCheck incremental = IncrementalCheck.open(request, callers);
            if (!force) {
                Optional<CheckRun> skipped = ifUnchanged(incremental);
                if (skipped.isPresent()) {
                    return skipped.get();
                }
                log.addAll(changes(incremental));
            }
            return checked(incremental, force, log);
        } catch (IOException | RuntimeException e) {
            return couldNotRun(log, e);
        }
    }

    /**
     * A check worker's run of the check of {@code request}, whose inputs' fingerprint the build's JVM
     * {@code taken} before, having found a change since the last check, or none to compare with.
     */
    public static CheckRun run(CheckRequest request, InputFingerprint taken, boolean force) {
        List<ReportLine> log = new ArrayList<>();
        try {
            return checked(IncrementalCheck.open(request, taken), force, log);
        } catch (IOException | RuntimeException e) {
            return couldNotRun(log, e);
        }
    }

    private static CheckRun checked(IncrementalCheck incremental, boolean force, List<ReportLine> log)
            throws IOException {
        CheckResult result = force ? incremental.checkFully(new Checker()) : incremental.check(new Checker());
        log.addAll(ReportLine.of(result));
        log.add(info(result.summary()));
        if (incremental.keptCounts() != null) {
            log.add(info("query files: " + incremental.keptCounts()));
        }
        return result.hasErrors()
                ? new CheckRun(
                        log,
                        Outcome.FOUND_ERRORS,
                        "sqlrecord found errors in this project's SQL (" + result.summary() + "); each is listed above")
                : new CheckRun(log, Outcome.PASSED, null);
    }

    private static CheckRun couldNotRun(List<ReportLine> log, Exception e) {
        return new CheckRun(log, Outcome.COULD_NOT_RUN, "sqlrecord: the check could not run: " + e.getMessage());
    }

    /**
     * The build's last check, opened with the fingerprint of the inputs taken now; null when there is
     * none (a clean build: nothing to take a fingerprint for yet) or it cannot be told.
     */
    public static IncrementalCheck lastCheck(CheckRequest request, List<Class<?>> callers) {
        Path last = IncrementalCheck.stateFile(request);
        if (last == null || !Files.exists(last)) {
            return null;
        }
        try {
            return IncrementalCheck.open(request, callers);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The run of a check skipped because nothing changed since {@code incremental}'s last check;
     * empty when something did, or when that cannot be told (the check then runs, and says what failed).
     */
    public static Optional<CheckRun> ifUnchanged(IncrementalCheck incremental) {
        try {
            Optional<LastCheck> last = incremental.unchanged();
            if (last.isEmpty()) {
                return Optional.empty();
            }
            // its warnings still hold, and a rebuild must not hide them
            List<ReportLine> log = new ArrayList<>(last.get().report());
            log.add(info(last.get().skippedSummary()));
            return Optional.of(new CheckRun(log, Outcome.PASSED, null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The line that says what changed since {@code incremental}'s last check; none without one. */
    public static List<ReportLine> changes(IncrementalCheck incremental) throws IOException {
        String changes = incremental.describeChanges();
        return changes == null ? List.of() : List.of(info("changed since the last check: " + changes));
    }

    /** This run with {@code lines} logged before its own. */
    public CheckRun after(List<ReportLine> lines) {
        List<ReportLine> all = new ArrayList<>(lines);
        all.addAll(log);
        return new CheckRun(all, outcome, message);
    }

    private static ReportLine info(String text) {
        return new ReportLine(Severity.INFO, "sqlrecord: " + text);
    }
}
