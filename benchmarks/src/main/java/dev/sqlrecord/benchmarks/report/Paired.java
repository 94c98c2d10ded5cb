package dev.sqlrecord.benchmarks.report;

import java.util.List;
import java.util.Map;

/**
 * One orientation of a {@code VersusJdbc} pair, where the two take turns in one JVM: per measured
 * iteration, the base's time over the contender's time for the same operations, which is the
 * contender's throughput relative to the base. {@code ratio} is their mean, {@code standardError} its
 * standard error (iterations taken as independent); {@code forkLow} and {@code forkHigh} are the
 * lowest and highest mean of a single fork, since forks can settle on different values.
 */
record Paired(
        String base,
        String contender,
        String storage,
        String workload,
        double ratio,
        double standardError,
        int iterations,
        int forks,
        double forkLow,
        double forkHigh) {

    static Paired fromJmh(Map<String, Object> entry) {
        String benchmark = (String) entry.get("benchmark");
        Map<String, Object> params = Report.cast(entry.get("params"));
        Map<String, Object> secondary = Report.cast(entry.get("secondaryMetrics"));
        List<List<Object>> base = raw(secondary.get("base"));
        List<List<Object>> contender = raw(secondary.get("contender"));
        double sum = 0;
        double sumOfSquares = 0;
        int n = 0;
        double forkLow = Double.POSITIVE_INFINITY;
        double forkHigh = Double.NEGATIVE_INFINITY;
        for (int fork = 0; fork < base.size(); fork++) {
            double forkSum = 0;
            int forkN = Math.min(base.get(fork).size(), contender.get(fork).size());
            for (int i = 0; i < forkN; i++) {
                double r = Result.number(base.get(fork).get(i))
                        / Result.number(contender.get(fork).get(i));
                forkSum += r;
                sum += r;
                sumOfSquares += r * r;
                n++;
            }
            forkLow = Math.min(forkLow, forkSum / forkN);
            forkHigh = Math.max(forkHigh, forkSum / forkN);
        }
        double mean = sum / n;
        double variance = n > 1 ? (sumOfSquares - n * mean * mean) / (n - 1) : Double.NaN;
        return new Paired(
                (String) params.get("base"),
                (String) params.get("contender"),
                (String) params.get("storage"),
                benchmark.substring(benchmark.lastIndexOf('.') + 1),
                mean,
                Math.sqrt(Math.max(0, variance) / n),
                n,
                base.size(),
                forkLow,
                forkHigh);
    }

    /** Half the width of the 99.9% confidence interval of {@code ratio}. */
    double error() {
        return iterations > 1 ? t999(iterations - 1) * standardError : Double.NaN;
    }

    private static List<List<Object>> raw(Object metric) {
        Map<String, Object> m = Report.cast(metric);
        return Report.cast(m.get("rawData"));
    }

    /** Student's t quantile for a two-sided 99.9% interval, as JMH uses for its errors (rounded down in df). */
    static double t999(double df) {
        int[] dfs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 19, 24, 29, 49, 99};
        double[] t = {
            636.619, 31.599, 12.924, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587, 4.318, 4.140, 4.015, 3.883, 3.745,
            3.659, 3.500, 3.392
        };
        double value = t[0];
        for (int i = 0; i < dfs.length && dfs[i] <= df; i++) {
            value = t[i];
        }
        return value;
    }
}
