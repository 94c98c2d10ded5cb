package dev.sqlrecord.checker.soundness;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Seeded argument values for a generated method's parameters, by their model.json Java type. Small
 * integers, so that ids and foreign keys often hit the rows {@link DataGenerator} made.
 */
public final class Arguments {
    private final Random random;
    private final ClassLoader loader;

    public Arguments(long seed, ClassLoader loader) {
        this.random = new Random(seed);
        this.loader = loader;
    }

    public Object of(String javaType, boolean nullable) throws ClassNotFoundException {
        if (nullable && random.nextInt(4) == 0) {
            return null;
        }
        if (javaType.startsWith("java.util.List<")) {
            String element = javaType.substring("java.util.List<".length(), javaType.length() - 1);
            List<Object> list = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                list.add(of(element, false));
            }
            return list;
        }
        return switch (javaType) {
            case "long", "java.lang.Long" -> (long) random.nextInt(7) - 1;
            case "int", "java.lang.Integer" -> random.nextInt(7) - 1;
            case "double", "java.lang.Double" -> (random.nextDouble() - 0.5) * 100;
            case "boolean", "java.lang.Boolean" -> random.nextBoolean();
            case "java.lang.String" -> new String[] {"", "a", "héllo", "42", "%"}[random.nextInt(5)];
            case "byte[]" -> new byte[] {(byte) random.nextInt(256)};
            case "java.math.BigDecimal" -> new BigDecimal("12.50");
            case "java.time.LocalDate" -> LocalDate.of(2010 + random.nextInt(20), 1 + random.nextInt(12), 1);
            case "java.time.LocalDateTime" -> LocalDateTime.of(2010 + random.nextInt(20), 1, 1, 12, 0);
            case "java.time.Instant" -> Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000));
            case "java.util.UUID" -> UUID.randomUUID();
            case "java.lang.Object" -> (long) random.nextInt(5);
            default -> {
                Class<?> type = Class.forName(javaType, true, loader);
                if (!type.isEnum()) {
                    throw new IllegalArgumentException("no argument generator for " + javaType);
                }
                Object[] constants = type.getEnumConstants();
                yield constants[random.nextInt(constants.length)];
            }
        };
    }
}
