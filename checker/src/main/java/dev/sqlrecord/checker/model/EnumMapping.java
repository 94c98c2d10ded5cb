package dev.sqlrecord.checker.model;

import java.util.List;

/**
 * Which text of one {@code CHECK (col IN (...))} column each constant of an enum stands for: the
 * very value the check matched to the constant (by {@code @SqlValue}, else by name ignoring case),
 * so that generated code binds and reads that text and never the constant's name.
 *
 * @param javaType the enum's fully qualified name
 * @param generated an enum sqlrecord writes, whose own {@code value()} and {@code fromValue} convert;
 *     its {@code constants} are then empty
 * @param table the column's table
 * @param column the column whose CHECK lists the values
 * @param constants a user enum's constants, in declaration order, each with its value
 */
public record EnumMapping(String javaType, boolean generated, String table, String column, List<Constant> constants) {

    public EnumMapping {
        constants = List.copyOf(constants);
    }

    public static EnumMapping generated(String javaType, String table, String column) {
        return new EnumMapping(javaType, true, table, column, List.of());
    }

    /** @param value the text the column stores for constant {@code name} */
    public record Constant(String name, String value) {}
}
