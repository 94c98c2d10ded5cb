package dev.sqlrecord.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ThreadReport on JMH-shaped result files: the goals' ratios, the tables and the chart reach RESULTS.md. */
class ThreadReportTest {
    /** Point-select ops/s at 1, 2, 4 and 8 threads; the list workload gets a tenth. */
    private static final Map<String, double[]> POINT_SELECT = Map.of(
            "sqlrecord-pool", new double[] {100_000, 190_000, 180_000, 170_000},
            "sqlrecord-one", new double[] {100_000, 90_000, 85_000, 80_000},
            "jdbc-hikari", new double[] {80_000, 150_000, 175_000, 160_000},
            "jooq-hikari", new double[] {15_000, 28_000, 27_000, 26_000},
            "spring-hikari", new double[] {35_000, 66_000, 64_000, 60_000});

    private static String entry(String workload, String contender, int threads, double score) {
        return "{\"jmhVersion\": \"1.37\", \"benchmark\": \"dev.sqlrecord.benchmarks.ThreadScaling." + workload + "\","
                + " \"mode\": \"thrpt\", \"threads\": " + threads + ", \"forks\": 1,"
                + " \"params\": {\"contender\": \"" + contender + "\"},"
                + " \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": " + score / 100 + ","
                + " \"scoreUnit\": \"ops/s\", \"rawData\": [[" + score + "]]}, \"secondaryMetrics\": {}}";
    }

    private static Path results(Path dir, String mode) throws Exception {
        Path results = Files.createDirectories(dir.resolve("results"));
        int[] threads = {1, 2, 4, 8};
        for (int i = 0; i < threads.length; i++) {
            List<String> entries = new ArrayList<>();
            for (var contender : POINT_SELECT.entrySet()) {
                double ops = contender.getValue()[i];
                entries.add(entry("pointSelect", contender.getKey(), threads[i], ops));
                entries.add(entry("list100Join", contender.getKey(), threads[i], ops / 10));
            }
            Files.writeString(
                    results.resolve("threads-" + threads[i] + ".json"), "[" + String.join(", ", entries) + "]");
        }
        Files.writeString(
                results.resolve("threads-run.properties"),
                "mode=" + mode + "\ncommand=benchmarks/threads.sh\njmh_args=-f 1 -wi 3 -w 1 -i 5 -r 1\npool_size=2\n");
        return results;
    }

    private static String report(Path dir, String mode) throws Exception {
        Path md = dir.resolve("RESULTS.md");
        Files.writeString(md, "before\n" + ThreadReport.BEGIN + "\nold\n" + ThreadReport.END + "\nafter\n");
        ThreadReport.main(new String[] {results(dir, mode).toString(), md.toString()});
        return Files.readString(md);
    }

    @Test
    void writesTheGoalsTablesAndChartBetweenTheMarkers(@TempDir Path dir) throws Exception {
        String md = report(dir, "quick");
        assertTrue(md.startsWith("before\n" + ThreadReport.BEGIN + "\n"), md);
        assertTrue(md.endsWith(ThreadReport.END + "\nafter\n"), md);
        assertFalse(md.contains("old"), md);
        assertFalse(md.contains("Not a measurement"), md);
        // 190k / 100k at 2 threads; the lowest lead over the best peer is 180k / 175k at 4 threads
        assertTrue(md.contains("| sqlrecord's pool: 2 threads ≥ 1.8 × 1 thread | 1.90× met | 1.90× met |"), md);
        assertTrue(md.contains("(lowest ratio to the best peer) | 1.03× met | 1.03× met |"), md);
        assertTrue(
                md.contains("| sqlrecord, reader pool | 100,000 ± 1,000 | 190,000 ± 1,900 | 180,000 ± 1,800 |"
                        + " 170,000 ± 1,700 | 1.90× | 1.70× |"),
                md);
        assertTrue(md.contains("    line [100000, 190000, 180000, 170000]\n"), md);
        assertTrue(md.contains("    y-axis \"ops/s\" 0 --> 200000\n"), md);
        assertTrue(md.contains("    line [10000, 19000, 18000, 17000]\n"), md);
        assertEquals(2, md.split("```mermaid", -1).length - 1);
    }

    @Test
    void aSmokeRunIsMarkedAndNotJudged(@TempDir Path dir) throws Exception {
        String md = report(dir, "smoke");
        assertTrue(md.contains("> **Not a measurement.**"), md);
        assertTrue(md.contains("1.90× (smoke run: not judged)"), md);
        assertFalse(md.contains(" met |"), md);
    }
}
