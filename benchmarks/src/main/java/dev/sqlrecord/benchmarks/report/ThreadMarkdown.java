package dev.sqlrecord.benchmarks.report;

import static dev.sqlrecord.benchmarks.report.Report.ops;
import static dev.sqlrecord.benchmarks.report.Report.ratio;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The thread-scaling section of RESULTS.md: the run, the goals of issue 22, a table and a chart per workload. */
final class ThreadMarkdown {
    static final List<Integer> THREADS = List.of(1, 2, 4, 8);
    static final List<String> WORKLOADS = List.of("pointSelect", "list100Join");
    static final String POOL = "sqlrecord-pool";
    static final String ONE = "sqlrecord-one";
    static final List<String> PEERS = List.of("jdbc-hikari", "jooq-hikari", "spring-hikari");
    static final List<String> CONTENDERS = List.of(POOL, ONE, "jdbc-hikari", "jooq-hikari", "spring-hikari");
    static final Map<String, String> NAMES = Map.of(
            POOL,
            "sqlrecord, reader pool",
            ONE,
            "sqlrecord, one connection",
            "jdbc-hikari",
            "JDBC by hand, HikariCP",
            "jooq-hikari",
            "jOOQ, HikariCP",
            "spring-hikari",
            "JdbcTemplate, HikariCP");
    /** Line colours of the chart, in {@link #CONTENDERS} order, and their names for the legend. */
    static final List<String> COLORS = List.of("#d62728", "#ff9896", "#555555", "#1f77b4", "#6baed6");

    static final List<String> COLOR_NAMES = List.of("red", "pink", "grey", "blue", "light blue");
    static final double SCALING_GOAL = 1.8;
    static final double SINGLE_THREAD_GOAL = 0.95;

    private ThreadMarkdown() {}

    static String section(ThreadReport.Scores scores, Properties run) {
        StringBuilder md = new StringBuilder();
        boolean measured = !"smoke".equals(run.getProperty("mode")) && !run.isEmpty();
        if (!measured) {
            md.append("> **Not a measurement.** These figures come from a smoke run (")
                    .append(run.getProperty("jmh_args", "no run details").strip())
                    .append(", ")
                    .append(run.getProperty("started", "?"))
                    .append(") that only checks that everything runs and this section gets written;")
                    .append(" `benchmarks/threads.sh` on an idle machine replaces them.\n\n");
        }
        md.append("### Machine and run\n\n| | |\n|---|---|\n");
        row(md, "command", "`" + run.getProperty("command", "?") + "`");
        row(
                md,
                "JMH options",
                "`" + run.getProperty("jmh_args", "?").strip() + "`, threads " + run.getProperty("threads", "?"));
        row(md, "started / finished", run.getProperty("started", "?") + " / " + run.getProperty("finished", "?"));
        row(
                md,
                "load average (1, 5, 15 min)",
                "before: " + run.getProperty("load_before", "?") + "; after: " + run.getProperty("load_after", "?"));
        row(md, "processors", run.getProperty("processors", "?"));
        row(
                md,
                "read connections per pool",
                run.getProperty("pool_size", "?")
                        + " (sqlrecord's default, max(2, processors); HikariCP's maximumPoolSize and minimumIdle)");
        row(md, "sqlrecord", "commit " + run.getProperty("git", "?"));
        row(
                md,
                "versions",
                "Java " + run.getProperty("java", "?") + ", sqlite-jdbc " + run.getProperty("sqlite_jdbc", "?")
                        + ", HikariCP " + run.getProperty("hikaricp", "?"));

        md.append("\n### Goals of issue 22\n\n| goal | point select by key | list 100 rows, join |\n|---|---:|---:|\n");
        goal(
                md,
                scores,
                measured,
                "sqlrecord's pool: 2 threads ≥ " + SCALING_GOAL + " × 1 thread",
                w -> scores.score(w, POOL, 2) / scores.score(w, POOL, 1),
                SCALING_GOAL);
        goal(
                md,
                scores,
                measured,
                "sqlrecord's pool ahead of every pooled peer, at every thread count (lowest ratio to the best peer)",
                w -> lowestLead(scores, w),
                1.0);
        goal(
                md,
                scores,
                measured,
                "one thread no worse than one connection: pool ≥ " + SINGLE_THREAD_GOAL + " × `open(url, 1)`",
                w -> scores.score(w, POOL, 1) / scores.score(w, ONE, 1),
                SINGLE_THREAD_GOAL);
        md.append(
                        "\nEach figure is a ratio of two separate JMH runs (one fork each), so it also carries the load of the")
                .append(" machine during each; the errors are in the tables below.\n");

        for (String workload : WORKLOADS) {
            md.append("\n### ").append(Report.WORKLOAD_NAMES.get(workload)).append(", file database (WAL)\n\n");
            table(md, scores, workload);
            chart(md, scores, workload);
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    private interface Ratio {
        double of(String workload);
    }

    private static void goal(
            StringBuilder md, ThreadReport.Scores scores, boolean measured, String goal, Ratio ratio, double target) {
        md.append("| ").append(goal).append(" |");
        for (String workload : WORKLOADS) {
            double r = ratio.of(workload);
            String verdict =
                    Double.isNaN(r) ? "" : !measured ? " (smoke run: not judged)" : r >= target ? " met" : " missed";
            md.append(' ').append(ratio(r)).append(verdict).append(" |");
        }
        md.append('\n');
    }

    /** sqlrecord's pool over the fastest peer, at the thread count where it leads least. */
    static double lowestLead(ThreadReport.Scores scores, String workload) {
        double lowest = Double.NaN;
        for (int threads : THREADS) {
            double best = Double.NaN;
            for (String peer : PEERS) {
                double s = scores.score(workload, peer, threads);
                best = Double.isNaN(best) || s > best ? s : best;
            }
            double lead = scores.score(workload, POOL, threads) / best;
            lowest = Double.isNaN(lowest) || lead < lowest ? lead : lowest;
        }
        return lowest;
    }

    private static void table(StringBuilder md, ThreadReport.Scores scores, String workload) {
        md.append("| contender |");
        THREADS.forEach(t ->
                md.append(' ').append(t).append(t == 1 ? " thread" : " threads").append(" |"));
        md.append(" 2 threads ÷ 1 | 8 threads ÷ 1 |\n|---|");
        md.append("---:|".repeat(THREADS.size() + 2)).append('\n');
        for (String contender : CONTENDERS) {
            var byThreads = scores.byWorkload.getOrDefault(workload, Map.of()).get(contender);
            md.append("| ").append(NAMES.get(contender)).append(" |");
            for (int threads : THREADS) {
                ThreadReport.Score s = byThreads == null ? null : byThreads.get(threads);
                md.append(' ')
                        .append(
                                s == null
                                        ? "–"
                                        : ops(s.score()) + (Double.isNaN(s.error()) ? "" : " ± " + ops(s.error())))
                        .append(" |");
            }
            double one = scores.score(workload, contender, 1);
            md.append(' ')
                    .append(ratio(scores.score(workload, contender, 2) / one))
                    .append(" | ");
            md.append(ratio(scores.score(workload, contender, 8) / one)).append(" |\n");
        }
        md.append("\nops/s of all threads together, mean ± 99.9% error of the measured iterations.\n");
    }

    /** A mermaid line chart, which GitHub draws; mermaid's xychart has no legend, so one follows it. */
    private static void chart(StringBuilder md, ThreadReport.Scores scores, String workload) {
        double max = 0;
        StringBuilder lines = new StringBuilder();
        for (String contender : CONTENDERS) {
            lines.append("    line [");
            for (int i = 0; i < THREADS.size(); i++) {
                double s = scores.score(workload, contender, THREADS.get(i));
                s = Double.isNaN(s) ? 0 : s;
                max = Math.max(max, s);
                lines.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", s));
            }
            lines.append("]\n");
        }
        md.append("\n```mermaid\n%%{init: {\"themeVariables\": {\"xyChart\": {\"plotColorPalette\": \"")
                .append(String.join(", ", COLORS))
                .append("\"}}}}%%\nxychart-beta\n    title \"")
                .append(Report.WORKLOAD_NAMES.get(workload))
                .append(": ops/s by threads\"\n    x-axis \"threads\" [");
        for (int i = 0; i < THREADS.size(); i++) {
            md.append(i == 0 ? "" : ", ").append('"').append(THREADS.get(i)).append('"');
        }
        md.append("]\n    y-axis \"ops/s\" 0 --> ")
                .append(String.format(Locale.ROOT, "%.0f", niceCeiling(max)))
                .append('\n')
                .append(lines)
                .append("```\n\nLines: ");
        for (int i = 0; i < CONTENDERS.size(); i++) {
            md.append(i == 0 ? "" : "; ")
                    .append(NAMES.get(CONTENDERS.get(i)))
                    .append(" (")
                    .append(COLOR_NAMES.get(i))
                    .append(')');
        }
        md.append(".\n");
    }

    /** The axis' top: {@code max} rounded up to 1, 2 or 5 times a power of ten. */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
