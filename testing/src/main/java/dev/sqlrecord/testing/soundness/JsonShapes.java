package dev.sqlrecord.testing.soundness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Valid JSON of the shape a Java type reads ({@code @Json} components and {@code -- json:}
 * parameters): records as objects of their components, lists and sets as arrays, maps as objects,
 * enums as a constant's name, with edge values (empty text, zero, negatives, unicode) among them. A
 * type it does not know gets a JSON string, which Jackson reads into most scalar types.
 */
final class JsonShapes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] TEXTS = {"", "a", "héllo", "Ünïcödé ✓", "x'y\"z", "42"};

    private final Random random;

    JsonShapes(Random random) {
        this.random = random;
    }

    /** Generic JSON for a column declared JSON that no record reads: an object, an array or a scalar. */
    JsonNode any() {
        return switch (random.nextInt(4)) {
            case 0 -> NODES.objectNode().put("k", random.nextInt(100)).put("s", text());
            case 1 -> NODES.arrayNode().add(random.nextInt(10)).add(text());
            case 2 -> NODES.textNode(text());
            default -> NODES.numberNode(random.nextInt(1000) - 500);
        };
    }

    JsonNode of(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(of(arguments[0]));
                }
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    object.set("k" + i, of(arguments[1]));
                }
                return object;
            }
            if (raw == Optional.class) {
                return random.nextInt(3) == 0 ? NODES.nullNode() : of(arguments[0]);
            }
            return of(raw);
        }
        if (!(type instanceof Class<?> c)) {
            return NODES.textNode(text());
        }
        if (c.isRecord()) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : c.getRecordComponents()) {
                object.set(component.getName(), of(component.getGenericType()));
            }
            return object;
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return NODES.textNode(((Enum<?>) constants[random.nextInt(constants.length)]).name());
        }
        if (c == boolean.class || c == Boolean.class) {
            return NODES.booleanNode(random.nextBoolean());
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return NODES.numberNode(random.nextInt(2001) - 1000);
        }
        if (c == long.class || c == Long.class) {
            return NODES.numberNode(random.nextBoolean() ? Long.MAX_VALUE : random.nextInt(2001) - 1000L);
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return NODES.numberNode(random.nextInt(2001) / 8.0 - 125);
        }
        if (c == BigDecimal.class) {
            return NODES.numberNode(new BigDecimal(random.nextInt(100_000)).movePointLeft(2));
        }
        if (c.isArray() || Collection.class.isAssignableFrom(c)) {
            return NODES.arrayNode();
        }
        return NODES.textNode(text());
    }

    private String text() {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
