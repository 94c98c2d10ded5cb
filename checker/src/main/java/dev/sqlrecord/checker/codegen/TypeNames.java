package dev.sqlrecord.checker.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.sqlrecord.checker.model.JavaType;

/** Turns the model's source-form Java types into JavaPoet types, so imports come out right. */
final class TypeNames {
    static final ClassName DATABASE = ClassName.get("dev.sqlrecord.runtime", "Database");
    static final ClassName ROW = ClassName.get("dev.sqlrecord.runtime", "Row");
    static final ClassName QUERY = ClassName.get("dev.sqlrecord.runtime", "Query");
    static final ClassName STATEMENT = ClassName.get("dev.sqlrecord.runtime", "Statement");
    static final ClassName EXEC_RESULT = ClassName.get("dev.sqlrecord.runtime", "ExecResult");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName NESTED_JSON = ClassName.get("dev.sqlrecord.runtime", "NestedJson");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName JSON_VALUES = ClassName.get("dev.sqlrecord.runtime", "JsonValues");
    static final ClassName FLAT_JOIN = ClassName.get("dev.sqlrecord.runtime", "FlatJoin");
    static final ClassName FOLDED = FLAT_JOIN.nestedClass("Folded");
    static final ClassName SQL_RECORD_EXCEPTION = ClassName.get("dev.sqlrecord.runtime", "SqlRecordException");

    private TypeNames() {}

    static TypeName of(JavaType type) {
        return parse(type.name());
    }

    private static TypeName parse(String name) {
        if (name.endsWith("[]")) {
            return ArrayTypeName.of(parse(name.substring(0, name.length() - 2)));
        }
        int lt = name.indexOf('<');
        if (lt > 0) {
            ClassName raw = ClassName.bestGuess(name.substring(0, lt));
            return ParameterizedTypeName.get(raw, parse(name.substring(lt + 1, name.length() - 1)));
        }
        return switch (name) {
            case "long" -> TypeName.LONG;
            case "int" -> TypeName.INT;
            case "short" -> TypeName.SHORT;
            case "byte" -> TypeName.BYTE;
            case "double" -> TypeName.DOUBLE;
            case "float" -> TypeName.FLOAT;
            case "boolean" -> TypeName.BOOLEAN;
            case "char" -> TypeName.CHAR;
            default -> ClassName.bestGuess(name);
        };
    }

    /** The {@code Row} getter that reads a column into {@code type}; Optional is handled by the caller. */
    static String getter(String type) {
        return switch (type) {
            case "long" -> "getLong";
            case "java.lang.Long" -> "getLongOrNull";
            case "int" -> "getInt";
            case "java.lang.Integer" -> "getIntOrNull";
            case "double" -> "getDouble";
            case "java.lang.Double" -> "getDoubleOrNull";
            case "boolean" -> "getBoolean";
            case "java.lang.Boolean" -> "getBooleanOrNull";
            case "java.lang.String" -> "getString";
            case "byte[]" -> "getBytes";
            case "java.math.BigDecimal" -> "getBigDecimal";
            case "java.time.LocalDate" -> "getLocalDate";
            case "java.time.LocalDateTime" -> "getLocalDateTime";
            case "java.time.Instant" -> "getInstant";
            case "java.util.UUID" -> "getUuid";
            default -> "getObject";
        };
    }
}
