package dev.sqlrecord.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The crossover's arithmetic, on VersusJdbc results in JMH's JSON shape with known ratios. */
class CrossoverTest {

    @Test
    void aBiasThatFavoursThePositionCancels() {
        // true ratio 0.9; the contender position gains 16.7% in both orientations
        double t = 0.9;
        double b = 1.167;
        Paired forward = JmhJson.paired(JmhJson.versus(
                "pointSelect", "jdbc", "sqlrecord", "memory", new double[][] {{t * b, t * b, t * b}}));
        Paired swapped = JmhJson.paired(JmhJson.versus(
                "pointSelect", "sqlrecord", "jdbc", "memory", new double[][] {{b / t, b / t, b / t}}));
        Crossover c = new Crossover(forward, swapped);

        assertEquals(t * b, forward.ratio(), 1e-9, "one orientation carries the bias");
        assertEquals(t, c.ratio(), 1e-9);
        assertEquals(b, c.bias(), 1e-9);
        assertEquals(t, c.low(), 1e-9, "no spread, no width");
        assertEquals(t, c.high(), 1e-9);
    }

    @Test
    void theIntervalCombinesBothOrientationsInLogSpace() {
        // r1 = 1.2 with standard error 0.0408 from 4 iterations in 2 forks; r2 = 1.05, same error
        Paired forward = JmhJson.paired(JmhJson.versus(
                "insertOne", "jdbc", "sqlrecord", "file", new double[][] {{1.10, 1.20}, {1.30, 1.20}}));
        Paired swapped = JmhJson.paired(JmhJson.versus(
                "insertOne", "sqlrecord", "jdbc", "file", new double[][] {{1.05, 1.15}, {0.95, 1.05}}));
        assertEquals(1.2, forward.ratio(), 1e-9);
        assertEquals(0.0408248, forward.standardError(), 1e-6);
        assertEquals(1.15, forward.forkLow(), 1e-9);
        assertEquals(1.25, forward.forkHigh(), 1e-9);
        assertEquals(4, forward.iterations());

        Crossover c = new Crossover(forward, swapped);
        // sqrt(1.2 / 1.05) and sqrt(1.2 * 1.05)
        assertEquals(1.0690450, c.ratio(), 1e-6);
        assertEquals(1.1224972, c.bias(), 1e-6);
        // log-space standard errors 0.0408/1.2 and 0.0408/1.05 in quadrature, halved; Welch df 5.9 -> t(5) 6.869
        assertEquals(0.8952316, c.low(), 1e-6);
        assertEquals(1.2766050, c.high(), 1e-6);
    }

    @Test
    void refusesRunsThatAreNotOnePairSwapped() {
        Paired forward = JmhJson.paired(
                JmhJson.versus("pointSelect", "jdbc", "sqlrecord", "memory", new double[][] {{1.0, 1.0}}));
        Paired other =
                JmhJson.paired(JmhJson.versus("pointSelect", "jooq", "jdbc", "memory", new double[][] {{1.0, 1.0}}));
        assertThrows(IllegalArgumentException.class, () -> new Crossover(forward, other));
    }
}
