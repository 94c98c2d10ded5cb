package dev.sqlrecord.checker.daemon;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.incremental.CheckRun;
import dev.sqlrecord.checker.incremental.InputFingerprint;
import dev.sqlrecord.checker.incremental.ReportLine;
import dev.sqlrecord.checker.incremental.Tsv;
import dev.sqlrecord.checker.lint.LintSettings;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the plugin and the check daemon say to each other: a request as lines of tab-separated
 * fields, then an empty line; the run's log lines and outcome the same way. Plain text, because a
 * JSON library's first use would cost a skipped check in a fresh Maven JVM more than all it does.
 */
final class Wire {
    static final String CHECK = "check";
    static final String STOP = "stop";

    private Wire() {}

    /**
     * What the daemon is asked to do: {@link #CHECK} a request, or {@link #STOP}; with the build
     * JVM's {@code sqlrecord.*} system properties ({@code sqlrecord.threads}, say), which the check
     * reads and the daemon sets for it.
     */
    record Order(
            String verb,
            String build,
            CheckRequest request,
            boolean force,
            Map<String, String> properties,
            InputFingerprint taken) {}

    /**
     * Asks for the check of {@code request}; with the fingerprint of its inputs {@code taken} by the
     * build's JVM (null for none: the check takes it).
     */
    static void writeCheck(Writer out, String build, CheckRequest request, boolean force, InputFingerprint taken)
            throws IOException {
        StringBuilder text = new StringBuilder();
        Tsv.line(text, "verb", CHECK);
        Tsv.line(text, "build", build);
        Tsv.line(text, "force", String.valueOf(force));
        Tsv.line(text, "baseDir", request.baseDir().toString());
        Tsv.line(text, "migrationsDir", request.migrationsDir().toString());
        Tsv.line(text, "queriesDir", request.queriesDir().toString());
        for (Path root : request.sourceRoots()) {
            Tsv.line(text, "sourceRoot", root.toString());
        }
        Tsv.line(text, "packageName", request.packageName());
        if (request.outputDir() != null) {
            Tsv.line(text, "outputDir", request.outputDir().toString());
        }
        if (request.modelFile() != null) {
            Tsv.line(text, "modelFile", request.modelFile().toString());
        }
        Tsv.line(text, "target", request.target().name());
        request.lints().levels().forEach((rule, level) -> Tsv.line(text, "lint", rule.code(), level.name()));
        for (String table : request.lints().smallTables()) {
            Tsv.line(text, "smallTable", table);
        }
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("sqlrecord.")) {
                Tsv.line(text, "property", name, System.getProperty(name));
            }
        }
        if (taken != null) {
            Tsv.line(text, "fingerprintTaken", String.valueOf(taken.takenMillis()));
            taken.entries().forEach((name, value) -> Tsv.line(text, "fingerprint", name, value));
            taken.stamps().forEach((name, stamp) -> Tsv.line(text, "stamp", name, stamp));
        }
        end(out, text);
    }

    static void writeStop(Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        Tsv.line(text, "verb", STOP);
        end(out, text);
    }

    static Order readOrder(BufferedReader in) throws IOException {
        Map<String, String> one = new LinkedHashMap<>();
        List<Path> roots = new ArrayList<>();
        Map<String, String> lints = new LinkedHashMap<>();
        List<String> smallTables = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        SortedMap<String, String> fingerprint = new TreeMap<>();
        Map<String, String> stamps = new TreeMap<>();
        for (String[] fields : lines(in)) {
            switch (fields[0]) {
                case "sourceRoot" -> roots.add(Path.of(fields[1]));
                case "property" -> properties.put(fields[1], fields[2]);
                case "fingerprint" -> fingerprint.put(fields[1], fields[2]);
                case "stamp" -> stamps.put(fields[1], fields[2]);
                case "lint" -> lints.put(fields[1], fields[2]);
                case "smallTable" -> smallTables.add(fields[1]);
                default -> one.put(fields[0], fields[1]);
            }
        }
        String verb = one.getOrDefault("verb", "");
        if (!verb.equals(CHECK)) {
            return new Order(verb, null, null, false, Map.of(), null);
        }
        CheckRequest request = new CheckRequest(
                Path.of(one.get("baseDir")),
                Path.of(one.get("migrationsDir")),
                Path.of(one.get("queriesDir")),
                roots,
                one.get("packageName"),
                one.containsKey("outputDir") ? Path.of(one.get("outputDir")) : null,
                one.containsKey("modelFile") ? Path.of(one.get("modelFile")) : null,
                Target.valueOf(one.get("target")),
                LintSettings.of(lints, smallTables));
        InputFingerprint taken = one.containsKey("fingerprintTaken")
                ? new InputFingerprint(fingerprint, Long.parseLong(one.get("fingerprintTaken")), stamps)
                : null;
        return new Order(verb, one.get("build"), request, Boolean.parseBoolean(one.get("force")), properties, taken);
    }

    /**
     * The line a check worker puts before each answer: its standard output is the wire, and a JVM may
     * print there too (an agent, or flight recording started by {@code JAVA_TOOL_OPTIONS}).
     */
    static final String ANSWER = "sqlrecord-answer";

    /** Writes {@link #ANSWER}, then {@code run}: a worker's answer. */
    static void writeAnswer(Writer out, CheckRun run) throws IOException {
        out.write(ANSWER + "\n");
        writeRun(out, run);
    }

    /** A worker's answer: what comes after the next {@link #ANSWER} line, the lines before it skipped. */
    static CheckRun readAnswer(BufferedReader in) throws IOException {
        for (String line = in.readLine(); !ANSWER.equals(line); line = in.readLine()) {
            if (line == null) {
                throw new EOFException("the check worker ended without an answer");
            }
        }
        return readRun(in);
    }

    static void writeRun(Writer out, CheckRun run) throws IOException {
        StringBuilder text = new StringBuilder();
        Tsv.line(text, "outcome", run.outcome().name());
        if (run.message() != null) {
            Tsv.line(text, "message", run.message());
        }
        for (ReportLine line : run.log()) {
            Tsv.line(text, "log", line.severity().name(), line.text());
        }
        end(out, text);
    }

    static CheckRun readRun(BufferedReader in) throws IOException {
        CheckRun.Outcome outcome = null;
        String message = null;
        List<ReportLine> log = new ArrayList<>();
        for (String[] fields : lines(in)) {
            switch (fields[0]) {
                case "outcome" -> outcome = CheckRun.Outcome.valueOf(fields[1]);
                case "message" -> message = fields[1];
                case "log" -> log.add(new ReportLine(Severity.valueOf(fields[1]), fields[2]));
                default -> throw new IOException("the check daemon said something unknown: " + fields[0]);
            }
        }
        if (outcome == null) {
            throw new IOException("the check daemon ended its answer without an outcome");
        }
        return new CheckRun(log, outcome, message);
    }

    private static void end(Writer out, StringBuilder text) throws IOException {
        out.write(text.append('\n').toString());
        out.flush();
    }

    /**
     * The lines up to the empty one that ends a message; an end of stream before its first line is
     * an {@link EOFException} (the other side is gone), and after it an error.
     */
    private static List<String[]> lines(BufferedReader in) throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (String line = in.readLine(); ; line = in.readLine()) {
            if (line == null && lines.isEmpty()) {
                throw new EOFException("the other side of the check's connection ended it");
            }
            if (line == null) {
                throw new IOException("the connection to the check daemon ended mid-message");
            }
            if (line.isEmpty()) {
                return lines;
            }
            lines.add(Tsv.fields(line));
        }
    }
}
