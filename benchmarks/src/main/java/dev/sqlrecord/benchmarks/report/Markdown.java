package dev.sqlrecord.benchmarks.report;

import static dev.sqlrecord.benchmarks.report.Report.CONTENDER_NAMES;
import static dev.sqlrecord.benchmarks.report.Report.STORAGES;
import static dev.sqlrecord.benchmarks.report.Report.TARGET_RATIO;
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

/** The generated part of RESULTS.md: machine, command, the ops/s table, targets, build time. */
final class Markdown {
    private final Report.Table table;
    private final Properties info;
    private final Map<String, Object> node;
    private final Map<String, Object> buildTime;
    private final List<Paired> paired;
    private final Path chart;
    private final StringBuilder out = new StringBuilder();

    Markdown(Report.Table table, List<Paired> paired, Properties info, Map<String, Object> node,
             Map<String, Object> buildTime, Path chart) {
        this.table = table;
        this.paired = paired;
        this.info = info;
        this.node = node;
        this.buildTime = buildTime;
        this.chart = chart;
    }

    String render() {
        machine();
        targets();
        diagnosis();
        opsTable();
        image("throughput relative to hand-written JDBC", chart);
        if (buildTime != null) {
            buildTime();
        }
        details();
        return out.toString();
    }

    private void machine() {
        line("### Machine and run");
        line("");
        line("| | |");
        line("|---|---|");
        row("run", info.getProperty("finished", "?") + " (started " + info.getProperty("started", "?") + ")");
        row("command", "`" + info.getProperty("command", "benchmarks/run.sh") + "`");
        row("JMH options", "`" + info.getProperty("jmh_args", "") + "`"
                + ("quick".equals(info.getProperty("mode")) ? " (quick mode; `--full` for full precision)" : ""));
        row("sqlrecord", "commit " + info.getProperty("git", "?"));
        row("CPU", cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores available to the JVM");
        row("memory", memory());
        row("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        row("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        row("load average (1, 5, 15 min)", "before: " + info.getProperty("load_before", "?") + "; after: "
                + info.getProperty("load_after", "?"));
        row("SQLite", "sqlite-jdbc " + info.getProperty("sqlite_jdbc", "?")
                + (node == null ? "" : "; better-sqlite3 " + node.get("better-sqlite3") + " (SQLite "
                + node.get("sqlite") + ")"));
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
                        row.append(' ').append(c.equals("sqlrecord") ? "**" + cell + "**" : cell).append(" |");
                    }
                }
                line(row.toString());
            }
        }
        line("");
        line("A batch-insert operation is 1,000 rows. Every cell is one JMH benchmark (its own JVM) or, for Node,"
                + " one process, run one after the other: on a loaded machine a ratio between two cells also measures"
                + " how busy the machine was in each (errors, medians and ranges are in the details below). The"
                + " interleaved ratios above do not have that problem.");
        line("");
    }

    private void targets() {
        line("### Targets");
        line("");
        line("sqlrecord's throughput relative to hand-written JDBC. The verdict uses the interleaved measurement"
                + " (`VersusJdbc`: both take turns operation by operation in one JVM, so the machine's other load"
                + " hits both alike; mean ± 99.9% error over the measured iterations). A miss counts only beyond"
                + " that error plus the rig's own bias, read from the A/A run (sqlrecord against itself, next"
                + " section). The separate runs of the throughput table are shown beside it.");
        line("");
        line("| target | interleaved ratio | separate runs | |");
        line("|---|---:|---:|---|");
        for (String workload : WORKLOADS) {
            for (String storage : STORAGES) {
                Paired p = paired(workload, storage);
                double separate = table.ratio(workload, storage, "sqlrecord");
                if (p == null && Double.isNaN(separate)) {
                    continue;
                }
                String interleaved = p == null ? "–" : ratio(p.ratio()) + " ± " + String.format(Locale.ROOT,
                        "%.2f", p.error());
                // the A/A run (sqlrecord against itself) shows how far from 1.0 the rig itself strays
                Paired aa = paired("sqlrecord", "sqlrecord", workload, "memory");
                double slack = (p == null ? 0 : p.error())
                        + (aa == null ? 0 : Math.abs(aa.ratio() - 1) + aa.error());
                double verdict = p == null ? separate : p.ratio();
                String met = verdict >= TARGET_RATIO ? "met"
                        : verdict + slack >= TARGET_RATIO ? "not resolved: within the error and the A/A bias"
                        : "**missed**";
                line("| sqlrecord ≥ 0.95 × JDBC: " + WORKLOAD_NAMES.get(workload) + ", " + storage + " | "
                        + interleaved + " | " + ratio(separate) + " | " + met + " |");
            }
        }
        if (buildTime != null) {
            for (Map<String, Object> run : runs()) {
                String name = (String) run.get("name");
                double seconds = ((Number) run.get("mojoSeconds")).doubleValue();
                if (name.equals("cold")) {
                    line("| generate 1,000 queries, cold: < 10 s | " + seconds(seconds) + " | | "
                            + (seconds < 10 ? "met" : "**missed**") + " |");
                } else if (name.equals("unchanged")) {
                    line("| generate, nothing changed: < 1 s | " + seconds(seconds) + " | | "
                            + (seconds < 1 ? "met" : "**missed**") + " |");
                }
            }
        }
        line("");
        interleavedTable();
    }

    /** Every Java contender's ratio to JDBC, measured taking turns with it. */
    private void interleavedTable() {
        List<String> javaContenders = table.contenders.stream()
                .filter(c -> !c.equals("jdbc"))
                .filter(c -> WORKLOADS.stream().anyMatch(w -> STORAGES.stream()
                        .anyMatch(s -> table.interleaved(w, s, c) != null)))
                .toList();
        if (javaContenders.isEmpty()) {
            return;
        }
        line("### Ratio to hand-written JDBC, every Java contender taking turns with it in one JVM");
        line("");
        StringBuilder header = new StringBuilder("| workload | storage |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (String c : javaContenders) {
            header.append(' ').append(CONTENDER_NAMES.get(c)).append(" |");
            rule.append("---:|");
        }
        line(header.toString());
        line(rule.toString());
        for (String workload : WORKLOADS) {
            for (String storage : STORAGES) {
                StringBuilder row = new StringBuilder("| " + WORKLOAD_NAMES.get(workload) + " | " + storage + " |");
                for (String c : javaContenders) {
                    Paired p = table.interleaved(workload, storage, c);
                    String cell = p == null ? "–" : ratio(p.ratio()) + " ± "
                            + String.format(Locale.ROOT, "%.2f", p.error());
                    row.append(' ').append(c.equals("sqlrecord") && p != null ? "**" + cell + "**" : cell).append(" |");
                }
                line(row.toString());
            }
        }
        line("");
        line("These ratios are the ones to compare: both sides see the same moments of the machine. The"
                + " chart shows them (and the Node ratios from separate runs).");
        line("");
    }

    private Paired paired(String workload, String storage) {
        return paired("jdbc", "sqlrecord", workload, storage);
    }

    private Paired paired(String base, String contender, String workload, String storage) {
        for (Paired p : paired) {
            if (p.base().equals(base) && p.contender().equals(contender) && p.workload().equals(workload)
                    && p.storage().equals(storage)) {
                return p;
            }
        }
        return null;
    }

    /** Where sqlrecord's time goes: the interleaved diagnosis runs, in memory. */
    private void diagnosis() {
        String[][] columns = {
            {"sqlrecord", "sqlrecord", "A/A: sqlrecord vs itself (the rig's own error)"},
            {"jdbc", "jdbc-as-sqlrecord", "JDBC → JDBC doing sqlrecord's statements"},
            {"jdbc-as-sqlrecord", "sqlrecord", "JDBC doing sqlrecord's statements → sqlrecord (runtime layers)"},
            {"sqlrecord", "sqlrecord-keys-off", "sqlrecord → sqlrecord with jdbc.get_generated_keys=false"},
        };
        boolean any = false;
        for (String[] c : columns) {
            for (String w : WORKLOADS) {
                any |= paired(c[0], c[1], w, "memory") != null;
            }
        }
        if (!any) {
            return;
        }
        line("### Where sqlrecord's time goes (interleaved, in memory)");
        line("");
        StringBuilder header = new StringBuilder("| workload |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String[] c : columns) {
            header.append(' ').append(c[2]).append(" |");
            rule.append("---:|");
        }
        line(header.toString());
        line(rule.toString());
        for (String w : WORKLOADS) {
            StringBuilder row = new StringBuilder("| " + WORKLOAD_NAMES.get(w) + " |");
            for (String[] c : columns) {
                Paired p = paired(c[0], c[1], w, "memory");
                row.append(' ').append(p == null ? "–" : ratio(p.ratio()) + " ± "
                        + String.format(Locale.ROOT, "%.2f", p.error())).append(" |");
            }
            line(row.toString());
        }
        line("");
        line("Each cell: throughput of the right-hand side over the left-hand side, taking turns in one JVM"
                + " (`VersusJdbc -p base=... -p contender=...`). The second and third columns multiply to"
                + " sqlrecord's ratio to JDBC.");
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
        line("Each time is the median of " + integer(buildTime.get("repeats")) + " runs; the goal's time is read from Maven's"
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
