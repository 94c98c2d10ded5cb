package dev.sqlrecord.checker.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.sqlrecord.checker.model.NestedShape;
import dev.sqlrecord.checker.model.QueryModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Columns built in JSON: the records they read into, nested in the row record, and the private
 * methods of a repository that read them from the JSON tree key by key (no reflection): one per
 * record, shared by the queries of the class that read it.
 */
final class NestedReaders {
    private final String owner;
    private final NameAllocator names;
    private final EnumConverters enums;
    private final Map<String, MethodSpec> methods = new LinkedHashMap<>();
    private final Map<String, String> methodNames = new LinkedHashMap<>();

    NestedReaders(String owner, NameAllocator names, EnumConverters enums) {
        this.owner = owner;
        this.names = names;
        this.enums = enums;
    }

    /** The records of a row's columns built in JSON, to nest in the row record. */
    static List<TypeSpec> records(List<QueryModel.ResultColumn> columns) {
        List<TypeSpec> out = new ArrayList<>();
        for (QueryModel.ResultColumn column : columns) {
            if (column.nested() != null) {
                out.add(record(column.nested(), "column {@code " + column.name() + "}"));
            }
        }
        return out;
    }

    private static TypeSpec record(NestedShape shape, String where) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        TypeSpec.Builder type = TypeSpec.recordBuilder(
                        ClassName.bestGuess(shape.recordType()).simpleName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(shape.list() ? "One object of the JSON array in $L.\n" : "The JSON object in $L.\n", where);
        type.addJavadoc("\n");
        for (NestedShape.Field field : shape.fields()) {
            type.addJavadoc(
                    "@param $L key {@code $L}$L\n",
                    field.component(),
                    field.key(),
                    field.nullable() ? "; may be null" : "; not null");
            constructor.addParameter(TypeNames.of(field.javaType()), field.component());
            if (field.nested() != null) {
                type.addType(record(field.nested(), "key {@code " + field.key() + "}"));
            }
        }
        return type.recordConstructor(constructor.build()).build();
    }

    /** The value of result column {@code column}, read from {@code row}; the mapper names {@code query}. */
    CodeBlock column(QueryModel.ResultColumn column, int index, String rowVar) {
        NestedShape shape = column.nested();
        CodeBlock tree = CodeBlock.of(
                "$T.parse($N.getString($L), query, $S)", TypeNames.NESTED_JSON, rowVar, index, column.name());
        CodeBlock read = shape.list()
                ? CodeBlock.of(
                        "$T.list($T.elements($L, $S), $L::$N)",
                        TypeNames.NESTED_JSON,
                        TypeNames.NESTED_JSON,
                        tree,
                        "column " + column.name(),
                        owner,
                        reader(shape))
                : CodeBlock.of(
                        "$T.map($T.object($L, null), $L::$N)",
                        TypeNames.NESTED_JSON,
                        TypeNames.NESTED_JSON,
                        tree,
                        owner,
                        reader(shape));
        return column.nullable() ? read : required(read, column.name());
    }

    List<MethodSpec> methods() {
        return List.copyOf(methods.values());
    }

    /** The name of the method that reads one object of {@code shape}, written on first use. */
    private String reader(NestedShape shape) {
        String existing = methodNames.get(shape.recordType());
        if (existing != null) {
            return existing;
        }
        ClassName record = ClassName.bestGuess(shape.recordType());
        String name = RepositoryGenerator.newName(names, "read" + String.join("", record.simpleNames()));
        methodNames.put(shape.recordType(), name);
        List<CodeBlock> reads = new ArrayList<>();
        for (NestedShape.Field field : shape.fields()) {
            reads.add(field(field));
        }
        methods.put(
                shape.recordType(),
                MethodSpec.methodBuilder(name)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(record)
                        .addParameter(TypeNames.JSON_NODE, "node")
                        .addStatement("return new $T(\n$L)", record, CodeBlock.join(reads, ",\n"))
                        .build());
        return name;
    }

    private CodeBlock field(NestedShape.Field field) {
        String key = field.key();
        NestedShape nested = field.nested();
        if (nested != null) {
            CodeBlock read = nested.list()
                    ? CodeBlock.of(
                            "$T.list($T.array(node, $S), $L::$N)",
                            TypeNames.NESTED_JSON,
                            TypeNames.NESTED_JSON,
                            key,
                            owner,
                            reader(nested))
                    : CodeBlock.of(
                            "$T.map($T.object(node, $S), $L::$N)",
                            TypeNames.NESTED_JSON,
                            TypeNames.NESTED_JSON,
                            key,
                            owner,
                            reader(nested));
            return field.nullable() ? read : required(read, key);
        }
        if (field.enumMapping() != null) {
            CodeBlock read = enums.fromText(
                    field.enumMapping(), CodeBlock.of("$T.string(node, $S)", TypeNames.NESTED_JSON, key));
            return field.nullable() ? read : required(read, key);
        }
        boolean primitive = field.javaType().isPrimitive();
        String method = switch (field.sqlType()) {
            case INTEGER -> primitive ? "longValue" : "boxedLong";
            case REAL -> primitive ? "doubleValue" : "boxedDouble";
            case BOOLEAN -> primitive ? "booleanValue" : "boxedBoolean";
            case NUMERIC -> "decimal";
            case DATE -> "date";
            case DATETIME -> "dateTime";
            // The check refuses a blob or an untyped value inside JSON before code is generated.
            case TEXT, BLOB, ANY -> "string";
        };
        CodeBlock read = CodeBlock.of("$T.$N(node, $S)", TypeNames.NESTED_JSON, method, key);
        return field.nullable() || primitive ? read : required(read, key);
    }

    private static CodeBlock required(CodeBlock read, String key) {
        return CodeBlock.of("$T.required($L, $S)", TypeNames.NESTED_JSON, read, key);
    }
}
