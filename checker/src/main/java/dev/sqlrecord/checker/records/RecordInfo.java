package dev.sqlrecord.checker.records;

import java.util.List;

/**
 * A Java record found in the project's sources.
 *
 * @param file the source file as diagnostics name it
 * @param line where the record is declared
 */
public record RecordInfo(String qualifiedName, String file, int line, List<Component> components) {

    public RecordInfo {
        components = List.copyOf(components);
    }

    public String simpleName() {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /**
     * A record component and its type in source form, resolved to a qualified name where we can.
     *
     * @param column the result column a {@code @Column("...")} names, or null for the snake_case match
     * @param json marked {@code @Json}: read from JSON text with Jackson
     * @param epochMillis marked {@code @EpochMillis}: an Instant stored as milliseconds
     */
    public record Component(String name, String type, String column, boolean json, boolean epochMillis) {
        public Component(String name, String type) {
            this(name, type, null, false, false);
        }
    }
}
