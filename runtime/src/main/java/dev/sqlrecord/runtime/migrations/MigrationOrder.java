package dev.sqlrecord.runtime.migrations;

import java.util.Comparator;

/**
 * The order wrangler (≥ 4.98, {@code compareMigrationPaths}) applies migrations in: by the integer
 * that starts the name (before the first {@code _}), numbered before unnumbered, then by the name's
 * UTF-16 order. So {@code 1_a, 9_b, 10_c}; zero-padded names sort the same under every version.
 *
 * <p>Numbers are compared exactly by their digits, so long timestamp prefixes never overflow.
 */
final class MigrationOrder implements Comparator<String> {
    static final MigrationOrder INSTANCE = new MigrationOrder();

    private MigrationOrder() {}

    @Override
    public int compare(String a, String b) {
        int aDigits = leadingDigits(a);
        int bDigits = leadingDigits(b);
        if (aDigits > 0 && bDigits > 0) {
            int byNumber = compareNumbers(a, aDigits, b, bDigits);
            if (byNumber != 0) {
                return byNumber;
            }
        } else if (aDigits > 0 || bDigits > 0) {
            return aDigits > 0 ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static int leadingDigits(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) >= '0' && name.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static int compareNumbers(String a, int aEnd, String b, int bEnd) {
        int aStart = skipZeros(a, aEnd);
        int bStart = skipZeros(b, bEnd);
        int aLength = aEnd - aStart;
        int bLength = bEnd - bStart;
        if (aLength != bLength) {
            return Integer.compare(aLength, bLength);
        }
        return a.substring(aStart, aEnd).compareTo(b.substring(bStart, bEnd));
    }

    private static int skipZeros(String s, int end) {
        int i = 0;
        while (i < end - 1 && s.charAt(i) == '0') {
            i++;
        }
        return i;
    }
}
