package dev.sqlrecord.checker.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.QueryModel;
import dev.sqlrecord.checker.model.RowShape;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The row mappers of user records that embed records from a flat join, or fold it into parents
 * with their children (README.md, Nested results, "Embedded records"). A folding mapper reads the
 * row into locals first: the parent is made later, from them, when its children are known.
 */
final class EmbeddedReaders {
    private final EnumConverters enums;
    private final List<QueryModel.ResultColumn> columns;

    private EmbeddedReaders(EnumConverters enums, List<QueryModel.ResultColumn> columns) {
        this.enums = enums;
        this.columns = columns;
    }

    /** Whether {@code row} embeds a record: then this class writes its mapper. */
    static boolean embeds(RowShape row) {
        return row.fields().stream().anyMatch(f -> f.embedded() != null);
    }

    /** Whether reading {@code row} may fail with the query's name in the message (a partly NULL record). */
    static boolean namesQuery(RowShape row) {
        return row.fields().stream().anyMatch(f -> f.embedded() != null && (f.optional() || namesQuery(f.embedded())));
    }

    /** The mapper method {@code name} of {@code row}. */
    static MethodSpec mapper(
            RowShape row,
            String name,
            EnumConverters enums,
            List<QueryModel.ResultColumn> columns,
            boolean takesQuery) {
        EmbeddedReaders readers = new EmbeddedReaders(enums, columns);
        ClassName record = ClassName.bestGuess(row.recordType());
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(TypeNames.ROW, "row");
        if (takesQuery) {
            method.addParameter(String.class, "query");
        }
        if (!row.folds()) {
            return method.returns(record)
                    .addStatement("return $L", readers.record(row))
                    .build();
        }
        RowShape.Field children = row.fields().stream()
                .filter(f -> f.codec() == RowShape.Codec.FOLDED)
                .findFirst()
                .orElseThrow();
        TypeName child = TypeNames.of(new JavaType(children.embedded().recordType()));
        method.returns(ParameterizedTypeName.get(TypeNames.FOLDED, record, child));
        List<CodeBlock> arguments = new ArrayList<>();
        for (RowShape.Field field : row.fields()) {
            String local = field.component() + "Read";
            if (field.codec() == RowShape.Codec.FOLDED) {
                method.addStatement(
                        "$T $N = $L",
                        child,
                        local,
                        readers.present(field, readers.record(field.embedded()), CodeBlock.of("null")));
                arguments.add(CodeBlock.of("children"));
                continue;
            }
            method.addStatement("$T $N = $L", TypeNames.of(field.type()), local, readers.field(field));
            arguments.add(CodeBlock.of("$N", local));
        }
        String key = row.foldKey().stream().map(c -> "row.getObject(" + c + ")").collect(Collectors.joining(", "));
        return method.addStatement(
                        "return new $T<>($T.of($L),\nchildren -> new $T($L),\n$NRead)",
                        TypeNames.FOLDED,
                        TypeNames.LIST,
                        key,
                        record,
                        CodeBlock.join(arguments, ", "),
                        children.component())
                .build();
    }

    private CodeBlock record(RowShape shape) {
        List<CodeBlock> reads = shape.fields().stream().map(this::field).toList();
        return CodeBlock.of("new $T(\n$>$L$<)", ClassName.bestGuess(shape.recordType()), CodeBlock.join(reads, ",\n"));
    }

    private CodeBlock field(RowShape.Field field) {
        if (field.embedded() == null) {
            return RepositoryGenerator.read(
                    field, "row", enums, columns.get(field.column() - 1).name());
        }
        CodeBlock record = record(field.embedded());
        if (!field.optional()) {
            return record;
        }
        ClassName type = ClassName.bestGuess(field.embedded().recordType());
        return present(
                field,
                CodeBlock.of("$T.of($L)", TypeNames.OPTIONAL, record),
                CodeBlock.of("$T.<$T>empty()", TypeNames.OPTIONAL, type));
    }

    /** {@code there} when the record's columns say it is there, else {@code missing}. */
    private CodeBlock present(RowShape.Field field, CodeBlock there, CodeBlock missing) {
        return CodeBlock.of(
                "$T.present(row, query, $S, new int[] {$L}, new int[] {$L})\n$>? $L\n: $L$<",
                TypeNames.FLAT_JOIN,
                field.component(),
                join(field.columns()),
                join(field.required()),
                there,
                missing);
    }

    private static String join(List<Integer> columns) {
        return columns.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
