package dev.sqlrecord.benchmarks.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Writes the thread-scaling part of RESULTS.md (between its {@code threads:begin} and
 * {@code threads:end} markers) from what {@code threads.sh} left in RESULTS_DIR: one JMH result file
 * per thread count ({@code threads-<N>.json}) and {@code threads-run.properties}.
 *
 * <pre>
 * java -cp ... dev.sqlrecord.benchmarks.report.ThreadReport RESULTS_DIR RESULTS_MD
 * </pre>
 */
public final class ThreadReport {
    static final String BEGIN = "<!-- threads:begin -->";
    static final String END = "<!-- threads:end -->";

    /** One measurement: ops/s of all threads together, and JMH's 99.9% error. */
    record Score(double score, double error) {}

    /** Scores by workload, then contender, then thread count. */
    static final class Scores {
        final Map<String, Map<String, TreeMap<Integer, Score>>> byWorkload = new TreeMap<>();

        void add(String workload, String contender, int threads, Score score) {
            byWorkload
                    .computeIfAbsent(workload, w -> new TreeMap<>())
                    .computeIfAbsent(contender, c -> new TreeMap<>())
                    .put(threads, score);
        }

        /** NaN when not measured. */
        double score(String workload, String contender, int threads) {
            Score s = byWorkload
                    .getOrDefault(workload, Map.of())
                    .getOrDefault(contender, new TreeMap<>())
                    .get(threads);
            return s == null ? Double.NaN : s.score();
        }
    }

    private ThreadReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ThreadReport RESULTS_DIR RESULTS_MD");
            System.exit(2);
        }
        Path results = Path.of(args[0]);
        Path resultsMd = Path.of(args[1]);
        Properties run = new Properties();
        Path runInfo = results.resolve("threads-run.properties");
        if (Files.exists(runInfo)) {
            run.load(new StringReader(Report.read(runInfo)));
        }
        String section = ThreadMarkdown.section(read(results), run);
        String md = Report.read(resultsMd);
        int begin = md.indexOf(BEGIN);
        int end = md.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(resultsMd + " lacks the markers " + BEGIN + " ... " + END);
        }
        md = md.substring(0, begin + BEGIN.length()) + "\n" + section + md.substring(end);
        Files.writeString(resultsMd, md, StandardCharsets.UTF_8);
        System.out.println("wrote " + resultsMd);
    }

    /** Every {@code threads-<N>.json} in {@code dir}. */
    static Scores read(Path dir) throws IOException {
        Scores scores = new Scores();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("threads-\\d+\\.json"))
                    .sorted()
                    .toList()) {
                for (Object entry : (List<?>) Json.parse(Report.read(file))) {
                    Map<String, Object> e = Report.cast(entry);
                    String benchmark = (String) e.get("benchmark");
                    Map<String, Object> params = Report.cast(e.get("params"));
                    Map<String, Object> metric = Report.cast(e.get("primaryMetric"));
                    scores.add(
                            benchmark.substring(benchmark.lastIndexOf('.') + 1),
                            (String) params.get("contender"),
                            ((Number) e.get("threads")).intValue(),
                            new Score(number(metric.get("score")), number(metric.get("scoreError"))));
                }
            }
        }
        return scores;
    }

    /** JMH writes an error it cannot compute (one iteration) as the string "NaN". */
    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
