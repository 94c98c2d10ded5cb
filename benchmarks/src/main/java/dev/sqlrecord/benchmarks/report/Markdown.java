package dev.sqlrecord.benchmarks.report;

import static dev.sqlrecord.benchmarks.report.Report.CONTENDER_NAMES;
import static dev.sqlrecord.benchmarks.report.Report.STORAGES;
import static dev.sqlrecord.benchmarks.report.Report.WORKLOADS;
import static dev.sqlrecord.benchmarks.report.Report.WORKLOAD_NAMES;
import static dev.sqlrecord.benchmarks.report.Report.ops;
import static dev.sqlrecord.benchmarks.report.Report.ratio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The generated part of RESULTS.md: machine, command, targets, the ops/s table, build time; the
 * sections from {@code VersusJdbc} come from {@link VersusMarkdown}.
 */
final class Markdown {
    /**
     * The build-time goals by run name, in seconds (issue 20): in the build's JVM, in check workers
     * (CI's default) and through the check daemon.
     */
    private static final Map<String, Double> BUILD_TIME_GOALS = Map.ofEntries(
            Map.entry("cold", 2.0),
            Map.entry("unchanged", 0.3),
            Map.entry("one-file", 0.5),
            Map.entry("java-edit", 0.3),
            Map.entry("record-edit", 0.5),
            Map.entry("cold-worker", 2.0),
            Map.entry("unchanged-worker", 0.3),
            Map.entry("one-file-worker", 0.5),
            Map.entry("java-edit-worker", 0.3),
            Map.entry("record-edit-worker", 0.5),
            Map.entry("cold-daemon", 2.0),
            Map.entry("unchanged-daemon", 0.3),
            Map.entry("one-file-daemon", 0.5),
            Map.entry("java-edit-daemon", 0.3),
            Map.entry("record-edit-daemon", 0.5));

    private final Report.Table table;
    private final Properties info;
    private final Map<String, Object> node;
    private final Map<String, Object> buildTime;
    private final Path chart;
    private final StringBuilder out = new StringBuilder();
    private final VersusMarkdown versus;

    Markdown(Report.Table table, Properties info, Map<String, Object> node, Map<String, Object> buildTime, Path chart) {
        this.table = table;
        this.versus = new VersusMarkdown(table, out);
        this.info = info;
        this.node = node;
        this.buildTime = buildTime;
        this.chart = chart;
    }

    String render() {
        machine();
        targets();
        versus.everyContender();
        versus.positionBias();
        opsTable();
        image("throughput relative to hand-written JDBC", chart);
        if (buildTime != null) {
            buildTime();
        }
        details();
        versus.details();
        return out.toString();
    }

    private void machine() {
        line("### Machine and run");
        line("");
        line("| | |");
        line("|---|---|");
        row("run", info.getProperty("finished", "?") + " (started " + info.getProperty("started", "?") + ")");
        row("command", "`" + info.getProperty("command", "benchmarks/run.sh") + "`");
        row(
                "JMH options",
                "`" + info.getProperty("jmh_args", "") + "`"
                        + ("quick".equals(info.getProperty("mode"))
                                ? " (quick mode; `--full` for full precision)"
                                : ""));
        row("sqlrecord", "commit " + info.getProperty("git", "?"));
        row("CPU", cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores available to the JVM");
        row("memory", memory());
        row(
                "OS",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        row("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        row(
                "load average (1, 5, 15 min)",
                "before: " + info.getProperty("load_before", "?") + "; after: " + info.getProperty("load_after", "?"));
        row(
                "SQLite",
                "sqlite-jdbc " + info.getProperty("sqlite_jdbc", "?")
                        + (node == null
                                ? ""
                                : "; better-sqlite3 " + node.get("better-sqlite3") + " (SQLite " + node.get("sqlite")
                                        + ")"));
        if (node != null) {
            row("Node", node.get("node") + ", drizzle-orm " + node.get("drizzle-orm"));
        }
        row("contenders", info.getProperty("versions", "?"));
        line("");
    }

    private void image(String alt, Path png) {
        line("![" + alt + "](" + png.toString().replace('\\', '/') + ")");
        line("");
    }

    private void opsTable() {
        List<String> contenders = table.contenders;
        line("### Throughput: ops/s (wall clock, mean of the measured iterations) and ratio to hand-written JDBC");
        line("");
        StringBuilder header = new StringBuilder("| workload | storage |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (String c : contenders) {
            header.append(' ').append(CONTENDER_NAMES.get(c)).append(" |");
            rule.append("---:|");
        }
        line(header.toString());
        line(rule.toString());
        for (String workload : WORKLOADS) {
            for (String storage : STORAGES) {
                StringBuilder row = new StringBuilder("| " + WORKLOAD_NAMES.get(workload) + " | " + storage + " |");
                for (String c : contenders) {
                    Result r = table.get(workload, storage, c);
                    if (r == null) {
                        row.append(" – |");
                    } else if (c.equals("jdbc")) {
                        row.append(' ').append(ops(r.score())).append(" |");
                    } else {
                        String cell = ops(r.score()) + " (" + ratio(table.ratio(workload, storage, c)) + ")";
                        row.append(' ')
                                .append(c.equals("sqlrecord") ? "**" + cell + "**" : cell)
                                .append(" |");
                    }
                }
                line(row.toString());
            }
        }
        line("");
        line("A batch-insert operation is 1,000 rows. Every cell is one JMH benchmark (its own JVM) or, for Node,"
                + " one process, run one after the other: on a loaded machine a ratio between two cells also measures"
                + " how busy the machine was in each (errors, medians and ranges are in the details below). The"
                + " crossover ratios above do not have that problem.");
        line("");
    }

    private void targets() {
        line("### Targets");
        line("");
        line("sqlrecord's throughput relative to hand-written JDBC. The verdict uses the crossover (`VersusJdbc`:"
                + " both take turns operation by operation in one JVM, so the machine's other load hits both alike;"
                + " run once with JDBC and once with sqlrecord in the contender position, so that the rig's position"
                + " bias divides out: see “The rig's position bias” below). In parentheses the 99.9% confidence interval."
                + " Met: the whole interval at or above 0.95; missed: the whole interval below; otherwise the estimate"
                + " decides, and the verdict says that the interval reaches across 0.95. The separate runs of the"
                + " throughput table are shown beside it.");
        line("");
        line("| target | crossover ratio (99.9% interval) | separate runs | |");
        line("|---|---:|---:|---|");
        versus.targetRows();
        if (buildTime != null) {
            for (Map<String, Object> run : runs()) {
                String name = (String) run.get("name");
                double seconds = ((Number) run.get("mojoSeconds")).doubleValue();
                Double goal = BUILD_TIME_GOALS.get(name);
                if (goal != null) {
                    line("| generate, " + name + " (" + run.get("description") + "): ≤ " + seconds(goal) + " | "
                            + seconds(seconds) + " | | " + (seconds <= goal ? "met" : "**missed**") + " |");
                }
            }
        }
        line("");
    }

    private void buildTime() {
        line("### Build time: `sqlrecord:generate` on " + integer(buildTime.get("tables")) + " tables and "
                + integer(buildTime.get("queries")) + " queries");
        line("");
        line("| run | what it is | generate goal | whole `mvn` command |");
        line("|---|---|---:|---:|");
        for (Map<String, Object> run : runs()) {
            line("| " + run.get("name") + " | " + run.get("description") + " | "
                    + seconds(((Number) run.get("mojoSeconds")).doubleValue()) + " | "
                    + seconds(((Number) run.get("wallSeconds")).doubleValue()) + " |");
        }
        line("");
        line("Each time is the median of " + integer(buildTime.get("repeats"))
                + " runs; the goal's time is read from Maven's"
                + " log timestamps, from the goal's start to the next line after it.");
        line("");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> runs() {
        return (List<Map<String, Object>>) buildTime.get("runs");
    }

    private void details() {
        line("<details><summary>Every benchmark: mean ± 99.9% error, median, min–max (ops/s)</summary>");
        line("");
        line("| workload | storage | contender | mean ± error | median | min – max | iterations |");
        line("|---|---|---|---:|---:|---:|---:|");
        for (String workload : WORKLOADS) {
            for (String storage : STORAGES) {
                for (String c : table.contenders) {
                    Result r = table.get(workload, storage, c);
                    if (r != null) {
                        line("| " + workload + " | " + storage + " | " + c + " | " + ops(r.score()) + " ± "
                                + (Double.isNaN(r.error()) ? "?" : ops(r.error())) + " | " + ops(r.median()) + " | "
                                + ops(r.min()) + " – " + ops(r.max()) + " | " + r.iterations() + " |");
                    }
                }
            }
        }
        line("");
        line("</details>");
        line("");
    }

    private static String integer(Object number) {
        return String.format(Locale.ROOT, "%,d", ((Number) number).longValue());
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    private static String cpu() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the architecture will do
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal")) {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "?";
    }

    private void row(String name, String value) {
        line("| " + name + " | " + value + " |");
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
