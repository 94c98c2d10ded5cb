package dev.sqlrecord.benchmarks.report;

import java.util.Locale;

/** Result entries in the shape of JMH's JSON result file (as written by {@code -rf json}), for the report's tests. */
final class JmhJson {
    private JmhJson() {}

    /**
     * A {@code VersusJdbc} entry whose iterations give these ratios of base time over contender time,
     * one array per fork.
     */
    static String versus(String workload, String base, String contender, String storage, double[][] ratios) {
        StringBuilder baseNanos = new StringBuilder();
        StringBuilder contenderNanos = new StringBuilder();
        for (double[] fork : ratios) {
            StringBuilder b = new StringBuilder();
            StringBuilder c = new StringBuilder();
            for (double r : fork) {
                b.append(b.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", r * 400_000_000));
                c.append(c.isEmpty() ? "" : ", ").append("400000000.0");
            }
            baseNanos
                    .append(baseNanos.isEmpty() ? "" : ", ")
                    .append('[')
                    .append(b)
                    .append(']');
            contenderNanos
                    .append(contenderNanos.isEmpty() ? "" : ", ")
                    .append('[')
                    .append(c)
                    .append(']');
        }
        return "{\"jmhVersion\": \"1.37\", \"benchmark\": \"dev.sqlrecord.benchmarks.VersusJdbc." + workload + "\","
                + " \"mode\": \"thrpt\", \"forks\": " + ratios.length + ","
                + " \"params\": {\"base\": \"" + base + "\", \"contender\": \"" + contender + "\", \"storage\": \""
                + storage + "\"},"
                + " \"primaryMetric\": {\"score\": 20767.5, \"scoreError\": \"NaN\", \"scoreUnit\": \"ops/s\","
                + " \"rawData\": [[20767.5]]},"
                + " \"secondaryMetrics\": {"
                + "\"base\": {\"score\": 1.0, \"scoreUnit\": \"#\", \"rawData\": [" + baseNanos + "]},"
                + " \"contender\": {\"score\": 1.0, \"scoreUnit\": \"#\", \"rawData\": [" + contenderNanos + "]}}}";
    }

    /** A {@code BlogBenchmark} entry with these iterations' ops/s. */
    static String blog(String workload, String contender, String storage, double... opsPerSecond) {
        StringBuilder raw = new StringBuilder();
        double sum = 0;
        for (double ops : opsPerSecond) {
            raw.append(raw.isEmpty() ? "" : ", ").append(ops);
            sum += ops;
        }
        return "{\"jmhVersion\": \"1.37\", \"benchmark\": \"dev.sqlrecord.benchmarks.BlogBenchmark." + workload + "\","
                + " \"mode\": \"thrpt\", \"forks\": 1,"
                + " \"params\": {\"contender\": \"" + contender + "\", \"storage\": \"" + storage + "\"},"
                + " \"primaryMetric\": {\"score\": " + sum / opsPerSecond.length + ", \"scoreError\": 1.0,"
                + " \"scoreUnit\": \"ops/s\", \"rawData\": [[" + raw + "]]}, \"secondaryMetrics\": {}}";
    }

    static Paired paired(String json) {
        return Paired.fromJmh(Report.cast(Json.parse(json)));
    }
}
