package dev.sqlrecord.testing.properties;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs scenarios through the runtime's {@link Database} on the migrated database, each in a
 * transaction that is rolled back, so every scenario starts from the state the migrations left and
 * a refused statement comes back as the runtime's typed exception. Shrinks a failing scenario:
 * fewest statements, then simplest values (numbers toward 0, text toward '' or short ASCII), a
 * change kept only while the scenario still fails the same way.
 */
final class Scenarios {
    /** A query run after the steps, e.g. to read what a foreign key action left in the child. */
    record Probe(String sql, List<Object> params, int columns) {}

    private static final int ROUNDS = 6;

    private final Database db;
    /** Where {@link #run} runs scenarios when not on {@link #db}: a D1 database. */
    private BatchScenarios d1;
    /** Columns whose values must change together (a foreign key and what it references), by {@code table.column}. */
    private final Map<String, String> group = new HashMap<>();

    Scenarios(Database db) {
        this.db = db;
    }

    /** Values of {@code child.column} and {@code parent.column} refer to each other: shrink them together. */
    void link(String child, String childColumn, String parent, String parentColumn) {
        String a = root(key(child, childColumn));
        String b = root(key(parent, parentColumn));
        if (!a.equals(b)) {
            group.put(a, b);
        }
    }

    /** Runs every scenario from now on on {@code d1}, migrated as {@link #db} is; {@link #scratch} stays on SQLite. */
    void runOn(Database d1) {
        this.d1 = new BatchScenarios(d1);
    }

    Outcome run(List<Step> steps, Function<List<Step>, Probe> probe) {
        if (d1 != null) {
            return d1.run(steps, probe);
        }
        try {
            db.inTransaction(tx -> {
                for (int i = 0; i < steps.size(); i++) {
                    Step step = steps.get(i);
                    try {
                        tx.exec(step.sql(), step.params().toArray());
                    } catch (SqlRecordException e) {
                        throw new Done(new Outcome(i, i == steps.size() - 1, e, List.of()));
                    }
                }
                Probe p = probe == null ? null : probe.apply(steps);
                List<List<Object>> rows = p == null
                        ? List.of()
                        : tx.many(
                                p.sql(),
                                row -> {
                                    List<Object> values = new ArrayList<>();
                                    for (int c = 1; c <= p.columns(); c++) {
                                        values.add(row.getObject(c));
                                    }
                                    return values;
                                },
                                p.params().toArray());
                throw new Done(new Outcome(-1, false, null, rows));
            });
        } catch (Done done) {
            return done.outcome;
        }
        throw new IllegalStateException("a scenario always ends in Done");
    }

    /** Runs {@code setup}, then reads {@code query}'s first {@code columns} columns; everything rolled back. */
    List<List<Object>> scratch(List<String> setup, String query, int columns) {
        try {
            db.inTransaction(tx -> {
                setup.forEach(tx::exec);
                throw new Done(new Outcome(-1, false, null, tx.many(query, row -> {
                    List<Object> values = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        values.add(row.getObject(c));
                    }
                    return values;
                })));
            });
        } catch (Done done) {
            return done.outcome.probed();
        }
        throw new IllegalStateException("a scratch query always ends in Done");
    }

    /** The smallest, simplest scenario for which {@code keeps} still holds. */
    List<Step> shrink(List<Step> steps, Function<List<Step>, Probe> probe, Predicate<Outcome> keeps) {
        List<Step> current = new ArrayList<>(steps);
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = false;
            for (int i = 0; i < current.size() - 1; i++) {
                List<Step> fewer = new ArrayList<>(current);
                fewer.remove(i);
                if (keeps.test(run(fewer, probe))) {
                    current = fewer;
                    changed = true;
                    i--;
                }
            }
            for (int i = 0; i < current.size(); i++) {
                for (boolean inWhere : new boolean[] {false, true}) {
                    Step step = current.get(i);
                    for (String column : List.copyOf((inWhere ? step.where() : step.values()).keySet())) {
                        Object value = (inWhere
                                        ? current.get(i).where()
                                        : current.get(i).values())
                                .get(column);
                        for (Object simpler : simpler(value)) {
                            List<Step> tried = replaced(current, current.get(i).table(), column, value, simpler);
                            if (keeps.test(run(tried, probe))) {
                                current = tried;
                                changed = true;
                                break;
                            }
                        }
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return current;
    }

    /** Every occurrence of {@code value} in a column linked to {@code table.column}, replaced. */
    private List<Step> replaced(List<Step> steps, String table, String column, Object value, Object simpler) {
        String wanted = root(key(table, column));
        List<Step> out = new ArrayList<>();
        for (Step step : steps) {
            Step changed = step;
            for (boolean inWhere : new boolean[] {false, true}) {
                for (var entry : (inWhere ? step.where() : step.values()).entrySet()) {
                    if (root(key(step.table(), entry.getKey())).equals(wanted) && sameValue(entry.getValue(), value)) {
                        changed = changed.with(inWhere, entry.getKey(), simpler);
                    }
                }
            }
            out.add(changed);
        }
        return out;
    }

    /** Simpler values to try, simplest first; none for NULL. */
    static List<Object> simpler(Object value) {
        Set<Object> out = new LinkedHashSet<>();
        if (value instanceof Long n) {
            out.add(0L);
            out.add(1L);
            out.add(-1L);
            out.add(n / 2);
            out.add(n - Long.signum(n));
        } else if (value instanceof Double d) {
            out.add(0.0);
            out.add(0.5);
            out.add((double) Math.round(d));
        } else if (value instanceof String s) {
            out.add("");
            out.add("a");
            out.add("A");
            out.add("0");
            out.add(s.substring(0, s.length() / 2));
            out.add(s.replaceAll("[^\\x20-\\x7e]", "a"));
            out.add(s.substring(0, Math.max(0, s.length() - 1)));
        } else if (value instanceof byte[]) {
            out.add(new byte[0]);
        }
        out.removeIf(v -> !isSimpler(v, value));
        return List.copyOf(out);
    }

    /** Whether {@code a} is strictly simpler than {@code b}: nearer 0, shorter, plainer ASCII; so shrinking ends. */
    static boolean isSimpler(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Math.abs((double) x) < Math.abs((double) y) || x == -y && x > 0;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Math.abs(x) < Math.abs(y) || x == -y && x > 0 || x == Math.rint(x) && y != Math.rint(y);
        }
        if (a instanceof String x && b instanceof String y) {
            long plainX = x.chars().filter(c -> c < 0x20 || c > 0x7e).count();
            long plainY = y.chars().filter(c -> c < 0x20 || c > 0x7e).count();
            return x.length() < y.length()
                    || x.length() == y.length() && (plainX < plainY || plainX == plainY && x.compareTo(y) < 0);
        }
        return a instanceof byte[] x && b instanceof byte[] y && x.length < y.length;
    }

    static boolean sameValue(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }

    private String root(String key) {
        String at = key;
        while (group.containsKey(at)) {
            at = group.get(at);
        }
        return at;
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }

    /** Ends the transaction (rolled back, since it is thrown) with what the scenario did. */
    private static final class Done extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Outcome outcome;

        Done(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
