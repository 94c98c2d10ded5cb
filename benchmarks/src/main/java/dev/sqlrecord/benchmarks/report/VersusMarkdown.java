package dev.sqlrecord.benchmarks.report;

import static dev.sqlrecord.benchmarks.report.Report.CONTENDER_NAMES;
import static dev.sqlrecord.benchmarks.report.Report.STORAGES;
import static dev.sqlrecord.benchmarks.report.Report.TARGET_RATIO;
import static dev.sqlrecord.benchmarks.report.Report.WORKLOADS;
import static dev.sqlrecord.benchmarks.report.Report.WORKLOAD_NAMES;
import static dev.sqlrecord.benchmarks.report.Report.ratio;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The generated sections of RESULTS.md that come from {@code VersusJdbc}: sqlrecord's target rows,
 * every Java contender's crossover ratio to JDBC, the rig's position bias, and every orientation's own
 * numbers.
 */
final class VersusMarkdown {
    private final Report.Table table;
    private final StringBuilder out;

    VersusMarkdown(Report.Table table, StringBuilder out) {
        this.table = table;
        this.out = out;
    }

    /** A ratio and its 99.9% interval, from a crossover or, lacking the swapped run, from one orientation. */
    record Estimate(double ratio, double low, double high, boolean crossover) {

        static Estimate of(Report.Table table, String base, String contender, String workload, String storage) {
            Crossover c = table.crossover(base, contender, workload, storage);
            if (c != null) {
                return new Estimate(c.ratio(), c.low(), c.high(), true);
            }
            Paired p = table.paired(base, contender, workload, storage);
            return p == null ? null : new Estimate(p.ratio(), p.ratio() - p.error(), p.ratio() + p.error(), false);
        }

        String text() {
            String interval = Double.isNaN(low) ? "" : " (" + two(low) + "–" + two(high) + ")";
            // one orientation alone carries the rig's position bias: say so wherever it is shown
            return Report.ratio(ratio) + interval + (crossover ? "" : ", one orientation");
        }

        String verdict() {
            if (Double.isNaN(low)) {
                return (ratio >= TARGET_RATIO ? "met" : "missed") + " by the estimate (no interval)";
            }
            if (low >= TARGET_RATIO) {
                return "met";
            }
            if (high < TARGET_RATIO) {
                return "**missed**";
            }
            return ratio >= TARGET_RATIO
                    ? "met by the estimate; the interval reaches below 0.95"
                    : "missed by the estimate; the interval reaches 0.95";
        }
    }

    /** sqlrecord's rows of the targets table: crossover ratio, separate runs' ratio, verdict. */
    void targetRows() {
        for (String workload : WORKLOADS) {
            for (String storage : STORAGES) {
                Estimate e = Estimate.of(table, "jdbc", "sqlrecord", workload, storage);
                double separate = table.ratio(workload, storage, "sqlrecord");
                if (e == null && Double.isNaN(separate)) {
                    continue;
                }
                String verdict = e != null
                        ? e.verdict()
                        : (separate >= TARGET_RATIO ? "met" : "missed") + " in the separate runs only";
                line("| sqlrecord ≥ 0.95 × JDBC: " + WORKLOAD_NAMES.get(workload) + ", " + storage + " | "
                        + (e == null ? "–" : e.text()) + " | " + ratio(separate) + " | " + verdict + " |");
            }
        }
    }

    /** Every Java contender's ratio to JDBC from the crossover. */
    void everyContender() {
        List<String> contenders = table.contenders.stream()
                .filter(c -> !c.equals("jdbc") && anywhere("jdbc", c, STORAGES))
                .toList();
        if (contenders.isEmpty()) {
            return;
        }
        line("### Ratio to hand-written JDBC, every Java contender taking turns with it in one JVM, both orientations");
        line("");
        line("| workload | storage |"
                + join(contenders.stream().map(CONTENDER_NAMES::get).toList()));
        line("|---|---|" + "---:|".repeat(contenders.size()));
        for (String workload : WORKLOADS) {
            for (String storage : STORAGES) {
                StringBuilder row = new StringBuilder("| " + WORKLOAD_NAMES.get(workload) + " | " + storage + " |");
                for (String c : contenders) {
                    Estimate e = Estimate.of(table, "jdbc", c, workload, storage);
                    String cell = e == null ? "–" : e.text();
                    row.append(' ')
                            .append(c.equals("sqlrecord") && e != null ? "**" + cell + "**" : cell)
                            .append(" |");
                }
                line(row.toString());
            }
        }
        line("");
        line("Each cell: the contender's throughput over JDBC's, √(r1 / r2) from the two orientations (next"
                + " section), with its 99.9% interval. These ratios are the ones to compare: both sides see the same"
                + " moments of the machine, and the rig's position bias is divided out. The chart shows them (and"
                + " the Node ratios from separate runs).");
        line("");
    }

    /** Both orientations of sqlrecord against JDBC, and the A/A runs. */
    void positionBias() {
        boolean crossovers = anywhere("jdbc", "sqlrecord", STORAGES);
        boolean aa =
                anywhere("jdbc", "jdbc", List.of("memory")) || anywhere("sqlrecord", "sqlrecord", List.of("memory"));
        if (!crossovers && !aa) {
            return;
        }
        line("### The rig's position bias, which the crossover cancels");
        line("");
        line("`VersusJdbc` times its two sides in one JVM, but the two positions, base and contender, are not"
                + " alike: run with the same code on both sides (A/A, below) it should read 1.00, and for some code it"
                + " does not. So every pair runs in both orientations. r1: sqlrecord as the contender, its throughput"
                + " over JDBC's; r2: JDBC as the contender, its throughput over sqlrecord's. A factor b that favours"
                + " the contender position in both gives r1 = t·b and r2 = b/t for the true ratio t: √(r1 / r2) is t,"
                + " √(r1 · r2) is b, the bias this pair had.");
        line("");
        if (crossovers) {
            line("| workload | storage | r1: sqlrecord as contender | r2: JDBC as contender | crossover √(r1 / r2)"
                    + " | position bias √(r1 · r2) |");
            line("|---|---|---:|---:|---:|---:|");
            for (String workload : WORKLOADS) {
                for (String storage : STORAGES) {
                    Crossover c = table.crossover("jdbc", "sqlrecord", workload, storage);
                    if (c != null) {
                        line("| " + WORKLOAD_NAMES.get(workload) + " | " + storage + " | " + plusMinus(c.forward())
                                + " | " + plusMinus(c.swapped()) + " | "
                                + Estimate.of(table, "jdbc", "sqlrecord", workload, storage)
                                        .text() + " | " + ratio(c.bias()) + " |");
                    }
                }
            }
            line("");
        }
        if (aa) {
            aaTable();
        }
    }

    private void aaTable() {
        line(
                "| workload | A/A: JDBC vs JDBC | A/A: sqlrecord vs sqlrecord | could remain if the bias belongs to the code |");
        line("|---|---:|---:|---:|");
        for (String workload : WORKLOADS) {
            Paired jdbc = table.paired("jdbc", "jdbc", workload, "memory");
            Paired sqlrecord = table.paired("sqlrecord", "sqlrecord", workload, "memory");
            String remains = jdbc == null || sqlrecord == null
                    ? "–"
                    : String.format(
                            Locale.ROOT,
                            "±%.0f%%",
                            100
                                    * (Math.exp((Math.abs(Math.log(jdbc.ratio()))
                                                            + Math.abs(Math.log(sqlrecord.ratio())))
                                                    / 2)
                                            - 1));
            line("| " + WORKLOAD_NAMES.get(workload) + " | " + plusMinus(jdbc) + " | " + plusMinus(sqlrecord) + " | "
                    + remains + " |");
        }
        line("");
        line("A/A, in memory, one orientation: the contender side's throughput over the base side's, the same code on"
                + " both. The crossover cancels a bias that favours a position alike whatever code sits there. A bias"
                + " that belongs to the code (one factor for JDBC, another for sqlrecord) it halves instead: the"
                + " crossover then compares each side's geometric mean over the two positions, and the last column is"
                + " what could remain, half of the two A/A biases combined, if each side's true speed lies between"
                + " its speeds in the two positions. The pair's own bias (above) tells which case holds: near"
                + " √(A/A JDBC × A/A sqlrecord) if each code brings its A/A bias into the pair, near 1.00 if the A/A"
                + " bias comes from the two sides running the same code.");
        line("");
    }

    /** Every orientation of every pair as measured, with the spread between forks. */
    void details() {
        List<Paired> all = table.paired.values().stream()
                .sorted(Comparator.comparing((Paired p) -> WORKLOADS.indexOf(p.workload()))
                        .thenComparing(p -> STORAGES.indexOf(p.storage()))
                        .thenComparing(Paired::contender)
                        .thenComparing(Paired::base))
                .toList();
        if (all.isEmpty()) {
            return;
        }
        line(
                "<details><summary>Every VersusJdbc run, one orientation each: contender's throughput over base's</summary>");
        line("");
        line(
                "| workload | storage | base | contender | mean ± 99.9% error | fork means, min – max | forks | iterations |");
        line("|---|---|---|---|---:|---:|---:|---:|");
        for (Paired p : all) {
            line("| " + p.workload() + " | " + p.storage() + " | " + p.base() + " | " + p.contender() + " | "
                    + plusMinus(p) + " | " + two(p.forkLow()) + " – " + two(p.forkHigh()) + " | " + p.forks() + " | "
                    + p.iterations() + " |");
        }
        line("");
        line("The 99.9% errors take iterations as independent; when the fork means differ by more than the error,"
                + " forks settled on different values and the error understates the uncertainty.");
        line("");
        line("</details>");
        line("");
    }

    private boolean anywhere(String base, String contender, List<String> storages) {
        return WORKLOADS.stream()
                .anyMatch(w -> storages.stream().anyMatch(s -> table.paired(base, contender, w, s) != null));
    }

    private static String plusMinus(Paired p) {
        return p == null ? "–" : ratio(p.ratio()) + (Double.isNaN(p.error()) ? "" : " ± " + two(p.error()));
    }

    private static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String join(List<String> headers) {
        StringBuilder s = new StringBuilder();
        for (String h : headers) {
            s.append(' ').append(h).append(" |");
        }
        return s.toString();
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
