package dev.sqlrecord.benchmarks.report;

import java.util.List;
import java.util.Map;

/**
 * A contender's throughput relative to a base (hand-written JDBC unless a diagnosis says otherwise)
 * from {@code VersusJdbc}, where the two take turns in one JVM: per measured iteration, the base's time
 * over the contender's time for the same operations; {@code ratio} is their mean, {@code error} the
 * half-width of its 99.9% confidence interval.
 */
record Paired(String base, String contender, String storage, String workload, double ratio, double error,
              int iterations) {

    static Paired fromJmh(Map<String, Object> entry) {
        String benchmark = (String) entry.get("benchmark");
        Map<String, Object> params = Report.cast(entry.get("params"));
        Map<String, Object> secondary = Report.cast(entry.get("secondaryMetrics"));
        double[] jdbc = raw(secondary.get("jdbc"));
        double[] other = raw(secondary.get("contender"));
        double[] ratios = new double[Math.min(jdbc.length, other.length)];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = jdbc[i] / other[i];
        }
        double mean = 0;
        for (double r : ratios) {
            mean += r / ratios.length;
        }
        double variance = 0;
        for (double r : ratios) {
            variance += (r - mean) * (r - mean) / Math.max(1, ratios.length - 1);
        }
        double error = ratios.length > 1 ? t999(ratios.length - 1) * Math.sqrt(variance / ratios.length) : Double.NaN;
        return new Paired((String) params.getOrDefault("base", "jdbc"), (String) params.get("contender"),
                (String) params.get("storage"),
                benchmark.substring(benchmark.lastIndexOf('.') + 1), mean, error, ratios.length);
    }

    private static double[] raw(Object metric) {
        Map<String, Object> m = Report.cast(metric);
        List<List<Object>> forks = Report.cast(m.get("rawData"));
        return forks.stream().flatMap(List::stream).mapToDouble(Result::number).toArray();
    }

    /** Student's t quantile for a two-sided 99.9% interval, as JMH uses for its errors. */
    static double t999(int df) {
        int[] dfs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 19, 24, 29, 49, 99};
        double[] t = {636.619, 31.599, 12.924, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587, 4.318, 4.140, 4.015,
            3.883, 3.745, 3.659, 3.500, 3.392};
        double value = t[0];
        for (int i = 0; i < dfs.length && dfs[i] <= df; i++) {
            value = t[i];
        }
        return value;
    }
}
