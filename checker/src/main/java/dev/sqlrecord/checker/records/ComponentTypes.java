package dev.sqlrecord.checker.records;

import static dev.sqlrecord.checker.records.RecordMatcher.simple;

import dev.sqlrecord.checker.model.EnumMapping;
import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.model.RowShape.Codec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Which component types can hold a column's values (README.md, Types): the inferred type, or a compatible
 * one the user chose. Each refusal says what to write instead.
 */
final class ComponentTypes {
    private static final Set<String> INTEGER_HOLDERS =
            Set.of("long", "java.lang.Long", "int", "java.lang.Integer", "boolean", "java.lang.Boolean");
    private static final Set<String> DATE_TYPES = Set.of("java.time.LocalDate", "java.time.LocalDateTime");
    private static final String INSTANT = "java.time.Instant";
    private static final String OPTIONAL = "java.util.Optional<";

    /**
     * A fit: {@code problem} null when the component can hold the column; {@code codec} how to read
     * it; {@code enumMapping} for an enum component, which text stands for which constant.
     */
    record Fit(String problem, Codec codec, EnumMapping enumMapping) {
        Fit(String problem, Codec codec) {
            this(problem, codec, null);
        }
    }

    private final List<EnumInfo> userEnums;
    private final Function<ResultColumn, List<String>> enumValues;

    ComponentTypes(List<EnumInfo> userEnums, Function<ResultColumn, List<String>> enumValues) {
        this.userEnums = userEnums;
        this.enumValues = enumValues;
    }

    Fit fit(RecordInfo.Component component, ResultColumn column) {
        boolean optional = component.type().startsWith(OPTIONAL);
        String type = optional
                ? component.type().substring(OPTIONAL.length(), component.type().length() - 1)
                : component.type();
        if (!optional && new JavaType(type).isPrimitive() && column.nullable()) {
            String boxed = simple(new JavaType(type).boxed().name());
            return new Fit("may be NULL; use " + boxed + " or Optional<" + boxed + ">", null);
        }
        String expected = column.javaType().boxed().name();
        String shown = simple(column.javaType().name());
        List<String> allowed = enumValues.apply(column);
        if (component.json()) {
            return expected.equals(JavaType.STRING.name()) || expected.equals(JavaType.OBJECT.name())
                    ? new Fit(null, Codec.JSON)
                    : new Fit("holds " + shown + ", not JSON text; remove @Json", null);
        }
        if (component.epochMillis()) {
            return type.equals(INSTANT) && expected.equals(JavaType.BOXED_LONG.name())
                    ? new Fit(null, Codec.EPOCH_MILLIS)
                    : new Fit(
                            "holds " + shown + "; @EpochMillis needs an Instant component over an" + " INTEGER column",
                            null);
        }
        EnumInfo userEnum = userEnums.stream()
                .filter(e -> e.qualifiedName().equals(type))
                .findFirst()
                .orElse(null);
        if (userEnum != null) {
            return allowed == null
                    ? new Fit(
                            "holds " + shown + " without CHECK (" + column.name() + " IN (...)); use"
                                    + " String, or add the CHECK so the enum can be checked against it",
                            null)
                    : new Fit(
                            enumProblem(userEnum, allowed),
                            Codec.ENUM,
                            userEnum.mappingTo(column.table(), column.column(), allowed));
        }
        if (allowed != null) {
            // A generated enum column also holds plain text.
            return type.equals(expected)
                    ? new Fit(null, Codec.ENUM, EnumMapping.generated(type, column.table(), column.column()))
                    : type.equals(JavaType.STRING.name()) ? new Fit(null, null) : mismatch(column, expected);
        }
        if (type.equals(expected)
                || expected.equals(JavaType.OBJECT.name())
                || type.equals(column.javaType().name())) {
            return new Fit(null, null);
        }
        boolean integer = INTEGER_HOLDERS.contains(expected);
        if (integer && INTEGER_HOLDERS.contains(type)
                || integer && type.equals(INSTANT)
                || expected.equals("java.time.LocalDateTime") && type.equals(INSTANT)
                || DATE_TYPES.contains(expected) && type.equals(JavaType.STRING.name())
                || expected.equals(JavaType.STRING.name()) && type.equals("java.util.UUID")
                || type.equals(JavaType.BIG_DECIMAL.name())
                        && (integer || expected.equals(JavaType.BOXED_DOUBLE.name()))) {
            return new Fit(null, null);
        }
        return mismatch(column, expected);
    }

    private static Fit mismatch(ResultColumn column, String expected) {
        String hint = expected.equals(JavaType.STRING.name())
                ? "; use String (or UUID, or mark the component @Json)"
                : DATE_TYPES.contains(expected)
                        ? "; use " + simple(expected) + ", Instant or String"
                        : INTEGER_HOLDERS.contains(expected)
                                ? "; use long, int, boolean or Instant (epoch seconds)"
                                : "; use " + simple(expected);
        String shown = simple(column.javaType().name()) + (column.nullable() ? " (nullable)" : "");
        return new Fit("holds " + shown + hint, null);
    }

    /** Both ways: every allowed value has exactly one constant, every constant stands for an allowed value. */
    private static String enumProblem(EnumInfo userEnum, List<String> allowed) {
        List<String> problems = new ArrayList<>();
        String name = simple(userEnum.qualifiedName());
        for (String value : allowed) {
            List<String> constants = userEnum.constants().stream()
                    .filter(c -> c.standsFor(value))
                    .map(EnumInfo.Constant::name)
                    .toList();
            if (constants.isEmpty()) {
                problems.add("allows '" + value + "', which no constant of " + name + " stands for; add a constant "
                        + constantName(value) + " (or @SqlValue(\"" + value + "\") on one)");
            } else if (constants.size() > 1) {
                problems.add("allows '" + value + "', which constants " + String.join(" and ", constants) + " of "
                        + name + " both stand for; keep one");
            }
        }
        for (EnumInfo.Constant constant : userEnum.constants()) {
            if (allowed.stream().noneMatch(constant::standsFor)) {
                problems.add("allows no value for constant " + name + "." + constant.name()
                        + (constant.sqlValue() != null ? " (@SqlValue(\"" + constant.sqlValue() + "\"))" : "")
                        + "; remove the constant or add its value to the CHECK (allowed: '"
                        + String.join("', '", allowed) + "')");
            }
        }
        return problems.isEmpty() ? null : String.join("; and ", problems);
    }

    /** The constant name a value would have: {@code in-progress} → {@code IN_PROGRESS}. */
    static String constantName(String value) {
        String name =
                value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) ? "V_" + name : name;
    }
}
