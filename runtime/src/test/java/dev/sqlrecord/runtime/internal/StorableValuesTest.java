package dev.sqlrecord.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decimal rule the README states, over many values: what is accepted is stored as that number. */
class StorableValuesTest {
    private final Random random = new Random(13);

    @Test
    void everyDecimalOfAtMostFifteenDigitsWithinTheNormalRangeIsAcceptedAndStoredAsItsNumber() {
        for (int i = 0; i < 5_000; i++) {
            BigDecimal decimal = new BigDecimal(
                    BigInteger.valueOf(random.nextLong() % 1_000_000_000_000_000L),
                    random.nextInt(580) - 290); // 1e-290 to 1e305: normal doubles
            assertNull(StorableValues.decimalProblem(decimal), decimal.toString());
            Object stored = StorableValues.decimalStorage(decimal);
            BigDecimal back = stored instanceof Long l ? BigDecimal.valueOf(l) : BigDecimal.valueOf((Double) stored);
            assertEquals(0, decimal.compareTo(back), decimal + " stored as " + stored);
        }
    }

    @Test
    void everyDoublesShortestDecimalIsAccepted() {
        for (int i = 0; i < 5_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            BigDecimal decimal = BigDecimal.valueOf(d);
            assertNull(StorableValues.decimalProblem(decimal), decimal.toString());
            Object stored = StorableValues.decimalStorage(decimal);
            assertEquals(
                    0,
                    decimal.compareTo(
                            stored instanceof Long l ? BigDecimal.valueOf(l) : BigDecimal.valueOf((Double) stored)),
                    decimal.toString());
        }
    }

    @Test
    void decimalsBetweenTwoDoublesAreRefusedWithTheValueTheyWouldBecome() {
        String problem = StorableValues.decimalProblem(new BigDecimal("0.1000000000000000055511151231257827"));
        assertNotNull(problem);
        assertEquals(true, problem.contains("significant digits"), problem);
        String rounded = StorableValues.decimalProblem(new BigDecimal("9007199254740993.5"));
        assertNotNull(rounded);
        assertEquals(true, rounded.contains("read back as 9007199254740994"), rounded);
    }
}
