package dev.sqlrecord.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report on the result files of a small run: the crossover reaches RESULTS.md, the prose around it stays. */
class ReportTest {

    @Test
    void writesTheCrossoverIntoResultsMd(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("target"));
        Files.writeString(
                target.resolve("jmh-result.json"),
                "[" + JmhJson.blog("insertOne", "jdbc", "file", 900, 1000, 1100) + ", "
                        + JmhJson.blog("insertOne", "sqlrecord", "file", 1900, 2000, 2100) + "]");
        Files.writeString(
                target.resolve("versus-sqlrecord.json"),
                "["
                        + JmhJson.versus(
                                "insertOne", "jdbc", "sqlrecord", "file", new double[][] {{1.10, 1.20}, {1.30, 1.20}})
                        + "]");
        Files.writeString(
                target.resolve("versus-sqlrecord-swapped.json"),
                "["
                        + JmhJson.versus(
                                "insertOne", "sqlrecord", "jdbc", "file", new double[][] {{1.05, 1.15}, {0.95, 1.05}})
                        + "]");
        Files.writeString(
                target.resolve("versus-aa-jdbc.json"),
                "[" + JmhJson.versus("insertOne", "jdbc", "jdbc", "memory", new double[][] {{1.15, 1.17}, {1.16, 1.18}})
                        + "]");
        Files.writeString(
                target.resolve("versus-aa-sqlrecord.json"),
                "["
                        + JmhJson.versus("insertOne", "sqlrecord", "sqlrecord", "memory", new double[][] {
                            {0.99, 1.01}, {1.00, 1.00}
                        })
                        + "]");
        Files.writeString(target.resolve("run-info.properties"), "mode=quick\ncommand=benchmarks/run.sh\n");
        Path md = dir.resolve("RESULTS.md");
        Files.writeString(md, "before\n" + Report.BEGIN + "\nold\n" + Report.END + "\nafter\n");

        Report.main(new String[] {
            target.toString(), md.toString(), dir.resolve("results").toString()
        });

        String text = Files.readString(md);
        List<String> lines = text.lines().toList();
        assertTrue(text.startsWith("before\n" + Report.BEGIN) && text.endsWith(Report.END + "\nafter\n"), text);
        assertFalse(text.contains("\nold\n"), text);
        // the same numbers as CrossoverTest: sqrt(1.2 / 1.05) with its interval, and the separate runs' 2.00
        assertTrue(
                lines.contains("| sqlrecord ≥ 0.95 × JDBC: insert one row, file | 1.07× (0.90–1.28) | 2.00×"
                        + " | met by the estimate; the interval reaches below 0.95 |"),
                text);
        // each orientation alone: t(3) 12.924 times the standard error 0.0408; the pair's bias sqrt(1.2 * 1.05)
        assertTrue(
                lines.contains(
                        "| insert one row | file | 1.20× ± 0.53 | 1.05× ± 0.53 | 1.07× (0.90–1.28)" + " | 1.12× |"),
                text);
        // A/A: ln 1.165 and ln 1.00 halved: 8% could remain if the bias belongs to the code
        assertTrue(lines.contains("| insert one row | 1.16× ± 0.08 | 1.00× ± 0.05 | ±8% |"), text);
        assertTrue(
                lines.contains("| insertOne | file | jdbc | sqlrecord | 1.20× ± 0.53 | 1.15 – 1.25 | 2 | 4 |"), text);
        assertEquals(
                1,
                lines.stream()
                        .filter(l -> l.startsWith("| insert one row | file | **1.07×"))
                        .count(),
                text);
        assertTrue(Files.size(dir.resolve("results/throughput.png")) > 0);
    }
}
