package dev.sqlrecord.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two creation orders of one VersusJdbc pair become one result with the forks of both. */
class SeedOrdersTest {

    private static String withOrder(String entry, String order) {
        return entry.replace(
                "\"storage\": \"memory\"}", "\"storage\": \"memory\", \"seededFirst\": \"" + order + "\"}");
    }

    @Test
    void poolsTheOrdersOfOnePairAndKeepsOtherPairsApart() {
        String baseFirst = withOrder(
                JmhJson.versus(
                        "pointSelect", "jdbc", "sqlrecord", "memory", new double[][] {{0.98, 0.98}, {0.96, 0.96}}),
                "base");
        String contenderFirst = withOrder(
                JmhJson.versus(
                        "pointSelect", "jdbc", "sqlrecord", "memory", new double[][] {{0.84, 0.84}, {0.82, 0.82}}),
                "contender");
        String otherWorkload = withOrder(
                JmhJson.versus("list100Join", "jdbc", "sqlrecord", "memory", new double[][] {{1.0, 1.0}}), "base");
        List<Object> parsed =
                Report.cast(Json.parse("[" + baseFirst + ", " + otherWorkload + ", " + contenderFirst + "]"));

        List<Map<String, Object>> pooled = SeedOrders.pooled(parsed);

        assertEquals(2, pooled.size());
        Paired pointSelect = Paired.fromJmh(pooled.get(0));
        assertEquals("pointSelect", pointSelect.workload());
        assertEquals(4, pointSelect.forks());
        assertEquals(0.90, pointSelect.ratio(), 1e-9, "the mean over both orders");
        assertEquals(0.82, pointSelect.forkLow(), 1e-9);
        assertEquals(0.98, pointSelect.forkHigh(), 1e-9);
        assertEquals(1, Paired.fromJmh(pooled.get(1)).forks());
        // the parsed input is left as it was
        Paired first = Paired.fromJmh(Report.cast(parsed.get(0)));
        assertEquals(2, first.forks());
    }
}
