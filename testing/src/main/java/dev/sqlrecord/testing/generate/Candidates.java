package dev.sqlrecord.testing.generate;

import dev.sqlrecord.checker.model.SqlType;
import java.util.List;
import java.util.Random;

/**
 * Values to try for one column: first what its CHECK hints ask for, made unique with a serial
 * number where the hints leave room; after failed attempts, a widening search over values that
 * commonly satisfy constraints the hints did not capture (small numbers, short and long text,
 * dates, JSON), for SQLite to judge.
 */
final class Candidates {
    private static final Object[] PROBES = {
        0L,
        1L,
        2L,
        -1L,
        10L,
        100L,
        0.5,
        "",
        "a",
        "A",
        "x",
        "yes",
        "no",
        "true",
        "false",
        "2024-01-01",
        "2024-01-01 12:00:00",
        "{}",
        "[]",
        "a@b.c",
        "https://example.com/",
        "0",
        "abcdefghij",
        "ABCDEFGHIJ",
        1_700_000_000L
    };

    private final Random random;

    Candidates(Random random) {
        this.random = random;
    }

    /**
     * A value for the column in the given attempt: attempt 0 follows the hints strictly, and now
     * and then tries NULL (where the column allows it) or an edge value of its type that the hints
     * do not rule out; later attempts mix in probes, more often the more attempts have failed.
     */
    Object value(TableShape.Column column, CheckHints.Column hints, long serial, int attempt) {
        if (attempt > 0 && random.nextInt(8) < Math.min(attempt, 6)) {
            Object probe = PROBES[random.nextInt(PROBES.length)];
            return probe instanceof String s && random.nextBoolean() ? s + serial : probe;
        }
        if (attempt == 0 && !column.notNull() && column.primaryKeyPosition() == 0 && random.nextInt(6) == 0) {
            return null;
        }
        if (!hints.choices.isEmpty()) {
            return hints.choices.get((int) ((serial + attempt) % hints.choices.size()));
        }
        SqlType type = TypedValues.type(column);
        if (attempt == 0 && random.nextInt(4) == 0) {
            List<Object> edges = TypedValues.edges(type).stream()
                    .filter(edge -> allowed(edge, hints))
                    .toList();
            if (!edges.isEmpty()) {
                return edges.get(random.nextInt(edges.size()));
            }
        }
        if (hints.min != null
                || hints.max != null
                || type == SqlType.INTEGER
                || type == SqlType.REAL
                || type == SqlType.NUMERIC) {
            return number(hints, serial + attempt, type == SqlType.REAL);
        }
        if (hints.glob != null) {
            return fromPattern(hints.glob, '*', '?', serial);
        }
        if (hints.like != null) {
            return fromPattern(hints.like, '%', '_', serial);
        }
        Object typed = hints.minLength == null && hints.maxLength == null ? TypedValues.ordinary(type, serial) : null;
        return typed != null ? typed : text(hints, serial);
    }

    /** Whether an edge value stays inside what the hints say (bounds, lengths; none against a pattern). */
    private static boolean allowed(Object edge, CheckHints.Column hints) {
        if (hints.glob != null || hints.like != null) {
            return false;
        }
        if (edge instanceof Number number) {
            double n = number.doubleValue();
            return (hints.min == null || (hints.minExclusive ? n > hints.min : n >= hints.min))
                    && (hints.max == null || (hints.maxExclusive ? n < hints.max : n <= hints.max))
                    && hints.minLength == null
                    && hints.maxLength == null;
        }
        if (hints.min != null || hints.max != null) {
            return false;
        }
        int length = edge instanceof String s ? s.codePointCount(0, s.length()) : ((byte[]) edge).length;
        return (hints.minLength == null || length >= hints.minLength)
                && (hints.maxLength == null || length <= hints.maxLength);
    }

    /** A number within the bounds, different for each serial while the range allows. */
    private static Object number(CheckHints.Column hints, long serial, boolean real) {
        if (real) {
            double low = hints.min != null ? hints.min : hints.max != null ? hints.max - 1_000 : 0;
            double high = hints.max != null ? hints.max : low + 1_000;
            // strictly inside the range, so exclusive bounds hold too
            return low + (high - low) * ((serial % 97) + 1) / 99.0;
        }
        double low =
                hints.min == null ? Double.NaN : hints.minExclusive ? Math.floor(hints.min) + 1 : Math.ceil(hints.min);
        double high =
                hints.max == null ? Double.NaN : hints.maxExclusive ? Math.ceil(hints.max) - 1 : Math.floor(hints.max);
        if (Double.isNaN(low)) {
            low = Double.isNaN(high) ? 1_000 : high - 1_000_000;
        }
        if (Double.isNaN(high)) {
            high = low + 1_000_000_000L;
        }
        if (high < low) {
            return (long) low; // no integer fits: let SQLite say so, and the search try others
        }
        return (long) low + serial % ((long) (high - low) + 1);
    }

    /** Text carrying the serial, stretched or cut to the length bounds. */
    private static String text(CheckHints.Column hints, long serial) {
        StringBuilder text = new StringBuilder("v").append(Long.toString(serial, 36));
        int min = hints.minLength != null ? hints.minLength : 0;
        while (text.length() < min) {
            text.append((char) ('a' + text.length() % 26));
        }
        if (hints.maxLength != null && text.length() > hints.maxLength) {
            // keep the serial's last characters, which differ most between rows
            text.delete(0, text.length() - Math.max(0, hints.maxLength));
        }
        return text.toString();
    }

    /**
     * A string matching a GLOB ({@code *}, {@code ?}, {@code [...]}) or LIKE ({@code %},
     * {@code _}) pattern: literal characters kept, one-character wildcards as a letter, classes as
     * a member, and the serial (in letters, so classes stay satisfied) where the first
     * many-character wildcard stands.
     */
    static String fromPattern(String pattern, char many, char one, long serial) {
        StringBuilder out = new StringBuilder();
        boolean serialPlaced = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == many) {
                if (!serialPlaced) {
                    out.append(letters(serial));
                    serialPlaced = true;
                }
            } else if (c == one) {
                out.append('a');
            } else if (c == '[' && many == '*') {
                int close = pattern.indexOf(']', i + 2);
                if (close < 0) {
                    out.append(c);
                    continue;
                }
                out.append(member(pattern.substring(i + 1, close)));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char member(String glob) {
        if (glob.startsWith("^")) {
            for (char c : "qzx_7Q".toCharArray()) {
                if (glob.indexOf(c) < 0) {
                    return c;
                }
            }
            return '~';
        }
        return glob.charAt(0);
    }

    private static String letters(long serial) {
        return Long.toString(serial, 26)
                .chars()
                .map(c -> Character.isDigit(c) ? 'a' + c - '0' : c + 10)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
