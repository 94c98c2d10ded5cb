package dev.sqlrecord.benchmarks.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Writes the measured part of RESULTS.md (between its {@code results:begin} and {@code results:end}
 * markers; the prose around them is kept) and the chart, from the result files of one run.sh run.
 *
 * <pre>
 * java -cp ... dev.sqlrecord.benchmarks.report.Report TARGET_DIR RESULTS_MD CHART_DIR
 * </pre>
 *
 * TARGET_DIR holds {@code jmh-result.json} (BlogBenchmark), {@code versus-*.json} (VersusJdbc, each pair
 * in both orientations, in whichever files: the report matches them by their parameters),
 * {@code node-results.json}, {@code buildtime.json} (all three optional) and {@code run-info.properties}.
 */
public final class Report {
    static final List<String> WORKLOADS =
            List.of("pointSelect", "list100Join", "insertOne", "batchInsert1000", "updateByKey");
    static final Map<String, String> WORKLOAD_NAMES = Map.of(
            "pointSelect", "point select by key",
            "list100Join", "list 100 rows, join",
            "insertOne", "insert one row",
            "batchInsert1000", "batch insert 1,000",
            "updateByKey", "update by key");
    static final List<String> STORAGES = List.of("memory", "file");
    static final List<String> CONTENDERS =
            List.of("jdbc", "sqlrecord", "jooq", "jdbi", "spring", "hibernate", "drizzle", "better-sqlite3");
    static final Map<String, String> CONTENDER_NAMES = Map.of(
            "jdbc", "JDBC by hand",
            "sqlrecord", "sqlrecord",
            "jooq", "jOOQ",
            "jdbi", "Jdbi",
            "spring", "JdbcTemplate",
            "hibernate", "Hibernate",
            "drizzle", "Drizzle (Node)",
            "better-sqlite3", "better-sqlite3 (Node)");
    static final double TARGET_RATIO = 0.95;
    static final String BEGIN = "<!-- results:begin -->";
    static final String END = "<!-- results:end -->";

    private Report() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Report TARGET_DIR RESULTS_MD CHART_DIR");
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        Path resultsMd = Path.of(args[1]);
        Path charts = Path.of(args[2]);
        Path chart = charts.resolve("throughput.png");

        List<Result> results = new ArrayList<>();
        for (Object entry : (List<?>) Json.parse(read(target.resolve("jmh-result.json")))) {
            results.add(Result.fromJmh(cast(entry)));
        }
        Map<String, Object> node = null;
        if (Files.exists(target.resolve("node-results.json"))) {
            node = cast(Json.parse(read(target.resolve("node-results.json"))));
            for (Object entry : (List<?>) node.get("results")) {
                results.add(Result.fromNode(cast(entry)));
            }
        }
        List<Paired> paired = new ArrayList<>();
        try (var files = Files.list(target)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("versus-.*\\.json"))
                    .sorted()
                    .toList()) {
                for (Map<String, Object> entry : SeedOrders.pooled(cast(Json.parse(read(file))))) {
                    paired.add(Paired.fromJmh(entry));
                }
            }
        }
        Map<String, Object> buildTime = Files.exists(target.resolve("buildtime.json"))
                ? cast(Json.parse(read(target.resolve("buildtime.json"))))
                : null;
        Properties info = new Properties();
        info.load(new StringReader(read(target.resolve("run-info.properties"))));

        Table table = new Table(results, paired);
        Chart.write(table, chart, "Throughput relative to hand-written JDBC (higher is better)");

        Path base = resultsMd.toAbsolutePath().getParent();
        String section = new Markdown(table, info, node, buildTime, base.relativize(chart.toAbsolutePath())).render();
        String md = Files.exists(resultsMd) ? read(resultsMd) : BEGIN + "\n" + END + "\n";
        int begin = md.indexOf(BEGIN);
        int end = md.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(resultsMd + " lacks the markers " + BEGIN + " ... " + END);
        }
        md = md.substring(0, begin + BEGIN.length()) + "\n" + section + md.substring(end);
        Files.writeString(resultsMd, md, StandardCharsets.UTF_8);
        System.out.println("wrote " + resultsMd + " and the charts in " + charts);
    }

    /** The results by (workload, storage, contender), and their ratios to hand-written JDBC. */
    static final class Table {
        final Map<String, Result> byKey = new LinkedHashMap<>();
        final Map<String, Paired> paired = new LinkedHashMap<>();
        final List<String> contenders = new ArrayList<>();

        Table(List<Result> results, List<Paired> pairs) {
            for (Result r : results) {
                byKey.put(key(r.workload(), r.storage(), r.contender()), r);
            }
            for (Paired p : pairs) {
                if (paired.put(key(p.workload(), p.storage(), p.base() + "/" + p.contender()), p) != null) {
                    throw new IllegalStateException("measured twice: " + p);
                }
            }
            for (String c : CONTENDERS) {
                if (results.stream().anyMatch(r -> r.contender().equals(c))) {
                    contenders.add(c);
                }
            }
        }

        Result get(String workload, String storage, String contender) {
            return byKey.get(key(workload, storage, contender));
        }

        /** The contender's wall-clock throughput over hand-written JDBC's, or NaN when either is missing. */
        double ratio(String workload, String storage, String contender) {
            Result r = get(workload, storage, contender);
            Result jdbc = get(workload, storage, "jdbc");
            return r == null || jdbc == null ? Double.NaN : r.score() / jdbc.score();
        }

        /** One orientation of a VersusJdbc pair (an A/A run when base and contender are the same), or null. */
        Paired paired(String base, String contender, String workload, String storage) {
            return paired.get(key(workload, storage, base + "/" + contender));
        }

        /** The contender's throughput relative to the base's from both orientations, or null without both. */
        Crossover crossover(String base, String contender, String workload, String storage) {
            Paired forward = paired(base, contender, workload, storage);
            Paired swapped = paired(contender, base, workload, storage);
            return base.equals(contender) || forward == null || swapped == null
                    ? null
                    : new Crossover(forward, swapped);
        }

        /** The ratio to JDBC from the crossover where there is one (Java contenders), else the separate runs' (Node). */
        double bestRatio(String workload, String storage, String contender) {
            if (contender.equals("jdbc")) {
                return 1.0;
            }
            Crossover c = crossover("jdbc", contender, workload, storage);
            return c != null ? c.ratio() : ratio(workload, storage, contender);
        }

        private static String key(String workload, String storage, String contender) {
            return workload + "/" + storage + "/" + contender;
        }
    }

    static String ops(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value);
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object o) {
        return (T) o;
    }

    static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
