package dev.sqlrecord.checker.model;

/**
 * A Java type in source form: primitives as {@code long}, others fully qualified
 * ({@code java.lang.String}, {@code java.util.List<java.lang.Long>}, {@code byte[]}).
 */
public record JavaType(String name) {
    public static final JavaType LONG = new JavaType("long");
    public static final JavaType BOXED_LONG = new JavaType("java.lang.Long");
    public static final JavaType INT = new JavaType("int");
    public static final JavaType BOXED_INT = new JavaType("java.lang.Integer");
    public static final JavaType DOUBLE = new JavaType("double");
    public static final JavaType BOXED_DOUBLE = new JavaType("java.lang.Double");
    public static final JavaType BOOLEAN = new JavaType("boolean");
    public static final JavaType BOXED_BOOLEAN = new JavaType("java.lang.Boolean");
    public static final JavaType STRING = new JavaType("java.lang.String");
    public static final JavaType BYTES = new JavaType("byte[]");
    public static final JavaType BIG_DECIMAL = new JavaType("java.math.BigDecimal");
    public static final JavaType LOCAL_DATE = new JavaType("java.time.LocalDate");
    public static final JavaType LOCAL_DATE_TIME = new JavaType("java.time.LocalDateTime");
    public static final JavaType OBJECT = new JavaType("java.lang.Object");

    /** The default Java type for a value of {@code type}: primitive when never null, boxed otherwise. */
    public static JavaType of(SqlType type, boolean nullable) {
        return switch (type) {
            case INTEGER -> nullable ? BOXED_LONG : LONG;
            case REAL -> nullable ? BOXED_DOUBLE : DOUBLE;
            case BOOLEAN -> nullable ? BOXED_BOOLEAN : BOOLEAN;
            case TEXT -> STRING;
            case BLOB -> BYTES;
            case NUMERIC -> BIG_DECIMAL;
            case DATE -> LOCAL_DATE;
            case DATETIME -> LOCAL_DATE_TIME;
            case ANY -> OBJECT;
        };
    }

    public static JavaType listOf(JavaType element) {
        return new JavaType("java.util.List<" + element.boxed().name() + ">");
    }

    public boolean isPrimitive() {
        return switch (name) {
            case "long", "int", "double", "boolean", "short", "byte", "float", "char" -> true;
            default -> false;
        };
    }

    /** The boxed form of a primitive; other types are their own boxed form. */
    public JavaType boxed() {
        return switch (name) {
            case "long" -> BOXED_LONG;
            case "int" -> BOXED_INT;
            case "double" -> BOXED_DOUBLE;
            case "boolean" -> BOXED_BOOLEAN;
            default -> this;
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
