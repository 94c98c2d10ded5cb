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

    /** A record component and its type in source form, resolved to a qualified name where we can. */
    public record Component(String name, String type) {}
}
