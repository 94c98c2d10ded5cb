package dev.sqlrecord.checker.incremental;

import dev.sqlrecord.checker.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last successful check saw and said, kept in a file beside {@code model.json}: so the next
 * build can tell whether anything changed, and if nothing did, say again what it said.
 *
 * <p>The file is tab-separated text, one entry a line (an input, an output or a report line),
 * sorted, so a person can read and compare two of them. Not JSON: a build that
 * skips the check should not pay for loading a JSON library, which costs more than the rest.
 *
 * @param inputs {@link Fingerprint#inputs} taken before it read anything
 * @param stamps the input files' stamps at that fingerprint, and when it was taken
 * @param outputs {@link Fingerprint#outputs} taken after it wrote everything
 * @param counts what it checked and found ({@code CheckResult.counts()})
 * @param report its report, line by line
 */
public record LastCheck(
        Map<String, String> inputs,
        InputStamps stamps,
        Map<String, String> outputs,
        String counts,
        List<ReportLine> report) {
    /** The first line; a file with another (from an older or newer plugin) reads as no record. */
    private static final String HEADER = "sqlrecord last check, format 2";

    public LastCheck {
        inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
        outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
        report = List.copyOf(report);
    }

    /** A last check without the input files' stamps: the next fingerprint hashes every file. */
    public LastCheck(Map<String, String> inputs, Map<String, String> outputs, String counts, List<ReportLine> report) {
        this(inputs, InputStamps.NONE, outputs, counts, report);
    }

    /** The log line of a build that skips the check, with the last check's counts. */
    public String skippedSummary() {
        return "nothing changed since the last check (" + counts + "); skipped";
    }

    /** The last check kept in {@code file}; null when there is none or it cannot be read. */
    static LastCheck read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return null;
            }
            Map<String, String> inputs = new TreeMap<>();
            Map<String, String> outputs = new TreeMap<>();
            Map<String, String> stamps = new TreeMap<>();
            long taken = 0;
            String counts = null;
            List<ReportLine> report = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = Tsv.fields(line);
                switch (f[0]) {
                    case "counts" -> counts = f[1];
                    case "input" -> inputs.put(f[1], f[2]);
                    case "stamp" -> stamps.put(f[1], f[2]);
                    case "taken" -> taken = Long.parseLong(f[1]);
                    case "output" -> outputs.put(f[1], f[2]);
                    case "report" -> report.add(new ReportLine(Severity.valueOf(f[1]), f[2]));
                    default -> {
                        return null;
                    }
                }
            }
            return counts == null
                    ? null
                    : new LastCheck(inputs, new InputStamps(taken, stamps), outputs, counts, report);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged record is no record: the build checks
        }
    }

    /** Writes to a temporary file first, so that a build stopped halfway leaves no half a record. */
    void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        Tsv.line(out, "counts", counts);
        inputs.forEach((name, value) -> Tsv.line(out, "input", name, value));
        Tsv.line(out, "taken", Long.toString(stamps.takenMillis()));
        stamps.stamps().forEach((name, value) -> Tsv.line(out, "stamp", name, value));
        outputs.forEach((name, value) -> Tsv.line(out, "output", name, value));
        report.forEach(line -> Tsv.line(out, "report", line.severity().name(), line.text()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, out, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
