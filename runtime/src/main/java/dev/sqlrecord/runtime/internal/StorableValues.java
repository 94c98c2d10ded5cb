package dev.sqlrecord.runtime.internal;

import dev.sqlrecord.runtime.SqlRecordException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Refuses, before anything is sent, a bound value that would not come back as it went in: SQLite
 * (or D1's JSON) would store something else, and the caller would never know. Both executors ask
 * the same questions, so a value is refused on SQLite exactly when it is refused on D1.
 */
public final class StorableValues {
    /** A double has at most 17 significant decimal digits that matter. */
    private static final int DOUBLE_DIGITS = 17;

    private StorableValues() {}

    /** Throws when {@code value} (1-based {@code position}) cannot be stored and read back unchanged. */
    public static void check(Object value, int position, String sql, int count) {
        String problem = problem(value);
        if (problem != null) {
            throw new SqlRecordException("parameter " + position + " " + problem, sql, count, null);
        }
    }

    /** What is wrong with {@code value}, or null when it survives storage. */
    @SuppressWarnings("JavaInstantGetSecondsGetNano") // the fraction alone is the question here
    public static String problem(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return doubleProblem(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimalProblem(decimal);
        }
        if (value instanceof String text) {
            return textProblem(text);
        }
        if (value instanceof Instant instant && instant.getNano() != 0) {
            return "is an Instant with a fraction of a second (" + instant + "), which its storage as whole unix-epoch"
                    + " seconds would drop; truncate it (instant.truncatedTo(ChronoUnit.SECONDS)) or bind"
                    + " instant.toEpochMilli() for an @EpochMillis column";
        }
        return null;
    }

    private static String doubleProblem(double d) {
        if (Double.isNaN(d)) {
            return "is NaN, which SQLite stores as NULL; bind null if that is meant";
        }
        if (Double.isInfinite(d)) {
            return "is " + d + ", which D1's JSON cannot carry (D1 reads a stored infinity back as NULL); it is"
                    + " refused on every backend so that code behaves the same on each";
        }
        if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
            return "is -0.0, which SQLite stores as 0.0 (it keeps no sign on zero); bind 0.0 (x + 0.0 turns -0.0"
                    + " into 0.0)";
        }
        return null;
    }

    /**
     * A decimal survives when SQLite's NUMERIC affinity, which turns numeric text into an INTEGER
     * when it is a whole number within 64 bits and into a REAL (a double) otherwise, loses nothing:
     * the whole numbers of 64 bits, and the decimals that a double reads back as the same number.
     * The scale is not kept (12.50 comes back as 12.5): SQLite stores numbers, not text.
     */
    public static String decimalProblem(BigDecimal decimal) {
        if (decimal.signum() == 0) {
            return null;
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 19) {
            try {
                stripped.longValueExact();
                return null;
            } catch (ArithmeticException beyondLong) {
                // not a 64-bit integer: SQLite makes it a REAL, checked below
            }
        }
        String lost = "is the BigDecimal " + shown(decimal) + ", which SQLite's NUMERIC affinity would store as a REAL";
        String advice = "; a NUMERIC or DECIMAL column holds exactly only 64-bit whole numbers and decimals of at most"
                + " 15 to 17 significant digits that a double represents. Store exact decimals as TEXT (a String),"
                + " or as a scaled INTEGER (cents), or round the value first";
        if (stripped.precision() > DOUBLE_DIGITS) {
            return lost + " and lose digits (it has " + stripped.precision() + " significant digits)" + advice;
        }
        double real = Double.parseDouble(stripped.toString());
        if (Double.isInfinite(real) || real == 0) {
            return lost + " of " + real + advice;
        }
        if (BigDecimal.valueOf(real).compareTo(decimal) != 0) {
            return lost + " and read back as " + BigDecimal.valueOf(real) + advice;
        }
        return null;
    }

    /**
     * What a decimal that passed {@link #decimalProblem} is bound as: the INTEGER or the REAL that
     * NUMERIC affinity would make of its text anyway. Bound as that number rather than as text,
     * because SQLite's own text-to-REAL conversion is not correctly rounded in every version (D1's
     * reads 1E-300 as 9.999999999999999E-301), while a double arrives exactly on both executors.
     */
    public static Object decimalStorage(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 19) {
            try {
                return stripped.longValueExact();
            } catch (ArithmeticException beyondLong) {
                // a REAL
            }
        }
        return Double.parseDouble(stripped.toString());
    }

    /** Text is stored as UTF-8, where a lone UTF-16 surrogate has no encoding and would become '?'. */
    private static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return "is text with a lone UTF-16 surrogate (U+"
                            + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " at index " + i
                            + "), which UTF-8 cannot encode: it would be stored as '?'";
                }
                i++;
            }
        }
        return null;
    }

    private static String shown(BigDecimal decimal) {
        String text = decimal.toString();
        return text.length() > 60 ? text.substring(0, 60) + "... (" + text.length() + " characters)" : text;
    }
}
