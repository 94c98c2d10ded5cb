package dev.sqlrecord.checker.records;

import dev.sqlrecord.checker.model.EnumMapping;
import java.util.List;

/**
 * A Java enum found in the project's sources, a candidate type for a {@code CHECK (col IN (...))} column.
 *
 * @param file the source file as diagnostics name it
 */
public record EnumInfo(String qualifiedName, String file, int line, List<Constant> constants) {

    public EnumInfo {
        constants = List.copyOf(constants);
    }

    /** Whether every allowed value has exactly one constant and every constant stands for an allowed value. */
    public boolean fits(List<String> values) {
        return values.stream()
                        .allMatch(v ->
                                constants.stream().filter(c -> c.standsFor(v)).count() == 1)
                && constants.stream().allMatch(c -> values.stream().anyMatch(c::standsFor));
    }

    /**
     * Each constant with the value of {@code values} it stands for, as generated code converts it;
     * a constant that stands for none (a mismatch the check reports) is left out.
     */
    public EnumMapping mappingTo(String table, String column, List<String> values) {
        return new EnumMapping(
                qualifiedName,
                false,
                table,
                column,
                constants.stream()
                        .flatMap(c -> values.stream()
                                .filter(c::standsFor)
                                .limit(1)
                                .map(v -> new EnumMapping.Constant(c.name(), v)))
                        .toList());
    }

    /** @param sqlValue the text a {@code @SqlValue("...")} gives, or null to match by name ignoring case */
    public record Constant(String name, String sqlValue) {
        /** By {@code @SqlValue} when it has one, else by name ignoring case (README.md, Types). */
        public boolean standsFor(String value) {
            return sqlValue != null ? sqlValue.equals(value) : name.equalsIgnoreCase(value);
        }
    }
}
