package dev.sqlrecord.checker.incremental;

import dev.sqlrecord.checker.Awaited;
import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.Checker;
import dev.sqlrecord.runtime.internal.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * A check that is skipped when nothing changed since the last successful one (issue 8): same
 * inputs, and its outputs still as it wrote them. Open it before anything is read; then either
 * {@link #unchanged()} gives the last check to report again, or {@link #check} runs the checker and
 * keeps what it saw. Only a check without errors is kept, so a failed build always checks again.
 */
public final class IncrementalCheck {
    private static final int CHANGES_NAMED = 3;

    private final CheckRequest request;
    private final Path stateFile;
    /** The fingerprint of the inputs, taken before the check read them. */
    private final InputFingerprint taken;

    private final LastCheck last;
    /** The outputs as they were when it was opened; null without a last check's file. */
    private final CompletableFuture<SortedMap<String, String>> outputs;

    private List<String> changes;
    private String keptCounts;

    private IncrementalCheck(
            CheckRequest request,
            Path stateFile,
            InputFingerprint taken,
            LastCheck last,
            CompletableFuture<SortedMap<String, String>> outputs) {
        this.request = request;
        this.stateFile = stateFile;
        this.taken = taken;
        this.last = last;
        this.outputs = outputs;
    }

    private static SortedMap<String, String> outputsOf(CheckRequest request) {
        try {
            return Fingerprint.outputs(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the fingerprint of {@code request}'s inputs now, before the check reads them, so that an
     * edit made while it runs is seen by the next build. {@code callers}: as for {@link Fingerprint#inputs}.
     */
    public static IncrementalCheck open(CheckRequest request, List<Class<?>> callers) throws IOException {
        Path stateFile = stateFile(request);
        long taken = System.currentTimeMillis();
        // Three independent reads, each mostly a fresh JVM's first run of its code: the last check and
        // the outputs on other threads, the inputs on this one (they wait for the last check's stamps).
        CompletableFuture<LastCheck> last =
                CompletableFuture.supplyAsync(() -> stateFile == null ? null : LastCheck.read(stateFile));
        CompletableFuture<SortedMap<String, String>> outputs =
                stateFile == null ? null : CompletableFuture.supplyAsync(() -> outputsOf(request));
        Map<String, String> stamps = new TreeMap<>();
        SortedMap<String, String> inputs = Fingerprint.inputs(request, callers, last::join, stamps);
        return new IncrementalCheck(
                request, stateFile, new InputFingerprint(inputs, taken, stamps), last.join(), outputs);
    }

    /**
     * A check to run with the fingerprint {@code taken} before, by the build's JVM for a check worker,
     * which compared it with the last check already: opened so, it knows no last check, and only checks.
     * The fingerprint must have been taken before anything of this check was read.
     */
    public static IncrementalCheck open(CheckRequest request, InputFingerprint taken) {
        return new IncrementalCheck(request, stateFile(request), taken, null, null);
    }

    /** The fingerprint this check was opened with. */
    public InputFingerprint fingerprint() {
        return taken;
    }

    /**
     * Where the last check is kept: beside {@code model.json}, one file for checks that generate and
     * one for checks that do not, since both goals may run in one build and they write different
     * outputs. Null without a model file: such checks are never skipped.
     */
    public static Path stateFile(CheckRequest request) {
        if (request.modelFile() == null) {
            return null;
        }
        String model = request.modelFile().getFileName().toString();
        String stem = model.endsWith(".json") ? model.substring(0, model.length() - ".json".length()) : model;
        return request.modelFile()
                .resolveSibling(stem + ".last-" + (request.outputDir() == null ? "check" : "generate") + ".tsv");
    }

    /** The last check, when nothing changed since: same inputs, and its outputs as it left them. */
    public Optional<LastCheck> unchanged() throws IOException {
        return last != null && changes().isEmpty() ? Optional.of(last) : Optional.empty();
    }

    /**
     * What differs from the last check, by entry name ({@code query src/main/sql/queries/users.sql}):
     * the inputs that did, or if none did, the outputs. Empty when nothing did, or there is no last check.
     */
    public List<String> changes() throws IOException {
        if (changes == null) {
            changes = last == null ? List.of() : differences(last.inputs(), taken.entries());
            if (last != null && changes.isEmpty()) {
                changes = differences(last.outputs(), Awaited.get(outputs, "taking the outputs' stamps"));
            }
        }
        return changes;
    }

    /** The first few {@link #changes()} for a log line, e.g. {@code query src/main/sql/queries/a.sql and 2 more}; null for none. */
    public String describeChanges() throws IOException {
        List<String> all = changes();
        if (all.isEmpty()) {
            return null;
        }
        String named = String.join(", ", all.subList(0, Math.min(CHANGES_NAMED, all.size())));
        return all.size() > CHANGES_NAMED ? named + " and " + (all.size() - CHANGES_NAMED) + " more" : named;
    }

    /**
     * Runs {@code checker} on the request, taking each query file's result from the last check when
     * nothing it depends on changed (docs/ARCHITECTURE.md §8). The last check is forgotten first, so
     * a check that fails or finds errors leaves none; one without errors is kept, with its outputs as written.
     */
    public CheckResult check(Checker checker) throws IOException {
        return check(checker, true);
    }

    /** Runs a full check: no kept result is used (the results of this one are kept for the next). */
    public CheckResult checkFully(Checker checker) throws IOException {
        return check(checker, false);
    }

    private CheckResult check(Checker checker, boolean useKept) throws IOException {
        if (stateFile != null) {
            Files.deleteIfExists(stateFile);
        }
        Path resultsFile = resultsFile(request);
        KeptResults kept = null;
        if (resultsFile != null) {
            String tool = tool();
            kept = useKept
                    ? KeptResults.open(resultsFile, tool, request.outputDir())
                    : KeptResults.fresh(resultsFile, tool, request.outputDir());
        }
        CheckResult result = kept == null ? checker.check(request) : checker.check(request, kept);
        // The outputs are all written: their stamps are taken on another thread while the kept results'
        // index is written, the two files apart (each a cold check's last tens of milliseconds).
        CompletableFuture<SortedMap<String, String>> outputsNow = stateFile == null || result.hasErrors()
                ? null
                : CompletableFuture.supplyAsync(() -> outputsOf(request));
        if (kept != null) {
            kept.write();
            keptCounts = kept.counts();
        }
        if (outputsNow != null) {
            SortedMap<String, String> outputs = Awaited.get(outputsNow, "taking the outputs' stamps");
            new LastCheck(taken.entries(), taken.inputStamps(), outputs, result.counts(), ReportLine.of(result))
                    .write(stateFile);
        }
        return result;
    }

    /** After a check: how many query files' results were kept and how many checked; null before or without a model file. */
    public String keptCounts() {
        return keptCounts;
    }

    /** Where each query file's last result is kept: beside the last check, {@code model.results-generate.json}. */
    static Path resultsFile(CheckRequest request) {
        Path state = stateFile(request);
        if (state == null) {
            return null;
        }
        String name = state.getFileName().toString().replace(".last-", ".results-");
        return state.resolveSibling(name.substring(0, name.length() - ".tsv".length()) + ".json");
    }

    /** The build of the code that checks: kept results of another build are not used. */
    private String tool() {
        StringBuilder tool = new StringBuilder();
        taken.entries().forEach((name, value) -> {
            if (name.startsWith("tool ")) {
                tool.append(name).append('\t').append(value).append('\n');
            }
        });
        return Sha256.hex(tool.toString());
    }

    /** The entry names whose values differ, or that only one side has, sorted. */
    private static List<String> differences(Map<String, String> before, Map<String, String> now) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(now.keySet());
        List<String> differ = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(before.get(name), now.get(name))) {
                differ.add(name);
            }
        }
        return differ;
    }
}
