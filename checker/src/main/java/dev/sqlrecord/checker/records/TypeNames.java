package dev.sqlrecord.checker.records;

import java.util.List;
import java.util.Set;

/**
 * Resolves type names as written in a source file to qualified names, from its package, its
 * imports and java.lang; good enough for the types a record component that maps a column can have.
 */
final class TypeNames {
    private static final Set<String> PRIMITIVES =
            Set.of("long", "int", "short", "byte", "double", "float", "boolean", "char");
    private static final Set<String> JAVA_LANG =
            Set.of("String", "Long", "Integer", "Short", "Byte", "Double", "Float", "Boolean", "Character", "Object");

    /** Types a wildcard import of their package can bring in, and that a mapped column can use. */
    private static final List<String> WELL_KNOWN = List.of(
            "java.util.Optional",
            "java.util.List",
            "java.util.UUID",
            "java.math.BigDecimal",
            "java.time.Instant",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.OffsetDateTime");

    private final String pkg;
    private final List<String> imports;

    TypeNames(String pkg, List<String> imports) {
        this.pkg = pkg;
        this.imports = imports;
    }

    String resolve(String written) {
        String type = written.replace(" ", "");
        int lt = type.indexOf('<');
        if (lt > 0 && type.endsWith(">")) {
            return resolve(type.substring(0, lt)) + "<" + resolve(type.substring(lt + 1, type.length() - 1)) + ">";
        }
        if (type.endsWith("[]")) {
            return resolve(type.substring(0, type.length() - 2)) + "[]";
        }
        if (PRIMITIVES.contains(type) || type.contains(".")) {
            return type;
        }
        for (String imported : imports) {
            if (imported.endsWith("." + type)) {
                return imported;
            }
        }
        for (String known : WELL_KNOWN) {
            if (known.endsWith("." + type) && imports.contains(known.substring(0, known.lastIndexOf('.')) + ".*")) {
                return known;
            }
        }
        if (JAVA_LANG.contains(type)) {
            return "java.lang." + type;
        }
        // Same package, or a wildcard import we cannot see through without a classpath.
        return pkg.isEmpty() ? type : pkg + "." + type;
    }
}
