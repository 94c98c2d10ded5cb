package dev.sqlrecord.benchmarks.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code VersusJdbc} runs every pair with each side's database created first in turn (its
 * {@code seededFirst} parameter), because the order changes the ratio (VersusJdbc says how). JMH reports the two
 * orders as two results; this pools them into one, the forks of both side by side, so that a ratio
 * is never the one of a single order.
 */
final class SeedOrders {
    private static final String PARAM = "seededFirst";

    private SeedOrders() {}

    static List<Map<String, Object>> pooled(List<Object> entries) {
        Map<String, Map<String, Object>> byPair = new LinkedHashMap<>();
        for (Object item : entries) {
            Map<String, Object> entry = Report.cast(item);
            Map<String, Object> params = new HashMap<>(Report.cast(entry.get("params")));
            params.remove(PARAM);
            String key = entry.get("benchmark") + " " + new TreeMap<>(params);
            Map<String, Object> pooled = byPair.get(key);
            if (pooled == null) {
                byPair.put(key, copyWithParams(entry, params));
            } else {
                Map<String, Object> secondary = Report.cast(pooled.get("secondaryMetrics"));
                Map<String, Object> adding = Report.cast(entry.get("secondaryMetrics"));
                for (String side : List.of("base", "contender")) {
                    List<Object> forks = Report.cast(Report.<Map<String, Object>>cast(secondary.get(side))
                            .get("rawData"));
                    forks.addAll(Report.cast(
                            Report.<Map<String, Object>>cast(adding.get(side)).get("rawData")));
                }
            }
        }
        return new ArrayList<>(byPair.values());
    }

    /** A copy deep enough that pooling never changes the parsed input. */
    private static Map<String, Object> copyWithParams(Map<String, Object> entry, Map<String, Object> params) {
        Map<String, Object> copy = new LinkedHashMap<>(entry);
        copy.put("params", params);
        Map<String, Object> secondary = new LinkedHashMap<>();
        for (Map.Entry<String, Object> metric :
                Report.<Map<String, Object>>cast(entry.get("secondaryMetrics")).entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>(Report.cast(metric.getValue()));
            if (m.get("rawData") != null) {
                m.put("rawData", new ArrayList<>(Report.<List<Object>>cast(m.get("rawData"))));
            }
            secondary.put(metric.getKey(), m);
        }
        copy.put("secondaryMetrics", secondary);
        return copy;
    }
}
