package dev.sqlrecord.benchmarks.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One benchmark's measurement: a contender on a storage doing a workload, in operations per second
 * (the mean of the measured iterations, as JMH reports it).
 */
record Result(
        String contender,
        String storage,
        String workload,
        double score,
        double error,
        double median,
        double min,
        double max,
        int iterations) {

    /** From one entry of JMH's JSON result file. */
    static Result fromJmh(Map<String, Object> entry) {
        String benchmark = (String) entry.get("benchmark");
        Map<String, Object> params = Report.cast(entry.get("params"));
        Map<String, Object> metric = Report.cast(entry.get("primaryMetric"));
        List<List<Object>> raw = Report.cast(metric.get("rawData"));
        double[] iterations = raw.stream()
                .flatMap(List::stream)
                .mapToDouble(v -> ((Number) v).doubleValue())
                .toArray();
        return of(
                (String) params.get("contender"),
                (String) params.get("storage"),
                benchmark.substring(benchmark.lastIndexOf('.') + 1),
                number(metric.get("score")),
                number(metric.get("scoreError")),
                iterations);
    }

    /** From one entry of the Node script's result file. */
    static Result fromNode(Map<String, Object> entry) {
        List<Object> raw = Report.cast(entry.get("iterations"));
        double[] iterations =
                raw.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        return of(
                (String) entry.get("contender"),
                (String) entry.get("storage"),
                (String) entry.get("workload"),
                number(entry.get("score")),
                number(entry.get("error")),
                iterations);
    }

    static double number(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    private static Result of(
            String contender, String storage, String workload, double score, double error, double[] raw) {
        double[] sorted = raw.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Result(contender, storage, workload, score, error, median, sorted[0], sorted[n - 1], n);
    }
}
