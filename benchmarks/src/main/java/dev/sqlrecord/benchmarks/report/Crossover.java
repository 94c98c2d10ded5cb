package dev.sqlrecord.benchmarks.report;

/**
 * B's throughput relative to A from a {@code VersusJdbc} pair run in both orientations: {@code forward}
 * with A as base and B as contender gives r1 = B/A, {@code swapped} with B as base gives r2 = A/B. A
 * rig that favours the contender position by a factor b measures r1 = t·b and r2 = b/t for the true
 * ratio t, so sqrt(r1 / r2) = t whatever b is, and sqrt(r1 · r2) = b shows what was cancelled.
 *
 * <p>The interval is computed in log space: log t = (log r1 − log r2) / 2, each side's standard error
 * taken to log space (se / r), added in quadrature and halved; the t quantile's degrees of freedom
 * come from Welch–Satterthwaite. Iterations count as independent, so when forks disagree with each
 * other more than iterations do, the interval is too narrow (see {@link Paired#forkLow}).
 */
record Crossover(Paired forward, Paired swapped) {

    Crossover {
        if (!forward.base().equals(swapped.contender())
                || !forward.contender().equals(swapped.base())
                || !forward.workload().equals(swapped.workload())
                || !forward.storage().equals(swapped.storage())) {
            throw new IllegalArgumentException("not the same pair swapped: " + forward + ", " + swapped);
        }
    }

    /** The estimate of B's throughput relative to A's, the position bias cancelled. */
    double ratio() {
        return Math.exp(logRatio());
    }

    /** How much the contender position was favoured in this pair (1.0: not at all). */
    double bias() {
        return Math.sqrt(forward.ratio() * swapped.ratio());
    }

    /** The lower end of the 99.9% confidence interval of {@link #ratio}. */
    double low() {
        return Math.exp(logRatio() - halfWidth());
    }

    /** The upper end of the 99.9% confidence interval of {@link #ratio}. */
    double high() {
        return Math.exp(logRatio() + halfWidth());
    }

    private double logRatio() {
        return (Math.log(forward.ratio()) - Math.log(swapped.ratio())) / 2;
    }

    private double halfWidth() {
        double v1 = square(forward.standardError() / forward.ratio());
        double v2 = square(swapped.standardError() / swapped.ratio());
        if (forward.iterations() < 2 || swapped.iterations() < 2) {
            return Double.NaN;
        }
        double df = v1 + v2 == 0
                ? forward.iterations() + swapped.iterations() - 2
                : square(v1 + v2) / (square(v1) / (forward.iterations() - 1) + square(v2) / (swapped.iterations() - 1));
        return Paired.t999(df) * Math.sqrt(v1 + v2) / 2;
    }

    private static double square(double x) {
        return x * x;
    }
}
