package dev.sqlrecord.checker.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.sqlrecord.checker.model.EnumMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * How one repository turns enum constants into the text their column stores and back. A generated
 * enum converts itself ({@code value()}; read through its {@code @SqlValue}s). A user's enum gets a
 * pair of private methods in the repository, {@code planValue(Plan)} and {@code toPlan(String)},
 * spelling out the text the check matched to each constant, which need not be the constant's name
 * ({@code PUBLISHED} for {@code 'published'}); one pair per enum and mapping the class uses.
 */
final class EnumConverters {
    private final String owner;
    private final NameAllocator names;
    private final Map<List<Object>, Pair> pairs = new LinkedHashMap<>();

    private record Pair(EnumMapping mapping, String toText, String toConstant) {}

    /** @param names the allocator of the repository's private method names, shared with its row mappers */
    EnumConverters(String owner, NameAllocator names) {
        this.owner = owner;
        this.names = names;
    }

    /** The value to bind for parameter {@code name}: a constant, or a list of them, as their text. */
    CodeBlock bind(EnumMapping mapping, String name, boolean nullable, boolean list) {
        if (mapping.generated()) {
            ClassName type = ClassName.bestGuess(mapping.javaType());
            return list
                    ? CodeBlock.of("$N.stream().map($T::value).toList()", name, type)
                    : nullable
                            ? CodeBlock.of("$N == null ? null : $N.value()", name, name)
                            : CodeBlock.of("$N.value()", name);
        }
        String toText = pair(mapping).toText();
        return list
                ? CodeBlock.of("$N.stream().map($L::$N).toList()", name, owner, toText)
                : CodeBlock.of("$N($N)", toText, name);
    }

    /** The constant read from column {@code column} of {@code row}; null for SQL NULL. */
    CodeBlock read(EnumMapping mapping, String row, int column) {
        if (mapping.generated()) {
            return CodeBlock.of("$N.getEnum($L, $T.class)", row, column, ClassName.bestGuess(mapping.javaType()));
        }
        return CodeBlock.of("$N($N.getString($L))", pair(mapping).toConstant(), row, column);
    }

    /** The constant {@code text} stands for; null for null. */
    CodeBlock fromText(EnumMapping mapping, CodeBlock text) {
        if (mapping.generated()) {
            return CodeBlock.of(
                    "$T.enumOf($L, $T.class)", TypeNames.NESTED_JSON, text, ClassName.bestGuess(mapping.javaType()));
        }
        return CodeBlock.of("$N($L)", pair(mapping).toConstant(), text);
    }

    private Pair pair(EnumMapping mapping) {
        return pairs.computeIfAbsent(List.of(mapping.javaType(), mapping.constants()), key -> {
            String simple = ClassName.bestGuess(mapping.javaType()).simpleName();
            String camel = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
            return new Pair(
                    mapping,
                    RepositoryGenerator.newName(names, camel + "Value"),
                    RepositoryGenerator.newName(names, "to" + simple));
        });
    }

    /** The private methods {@link #bind} and {@link #read} called, in the order first asked for. */
    List<MethodSpec> methods() {
        List<MethodSpec> out = new ArrayList<>();
        for (Pair pair : pairs.values()) {
            out.add(toText(pair));
            out.add(toConstant(pair));
        }
        return out;
    }

    private static MethodSpec toText(Pair pair) {
        EnumMapping mapping = pair.mapping();
        ClassName type = ClassName.bestGuess(mapping.javaType());
        String simple = type.simpleName();
        String camel = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        String param = SourceVersion.isName(camel) ? camel : "constant";
        CodeBlock.Builder cases = CodeBlock.builder();
        mapping.constants().forEach(c -> cases.add("case $L -> $S;\n", c.name(), c.value()));
        return MethodSpec.methodBuilder(pair.toText())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                        "The text {@code $L.$L} stores for {@code $L}; {@code null} for {@code null}.\n",
                        mapping.table(),
                        mapping.column(),
                        param)
                .returns(String.class)
                .addParameter(type, param)
                .beginControlFlow("if ($N == null)", param)
                .addStatement("return null")
                .endControlFlow()
                .addCode("return switch ($N) {\n$>$L$<};\n", param, cases.build())
                .build();
    }

    private static MethodSpec toConstant(Pair pair) {
        EnumMapping mapping = pair.mapping();
        ClassName type = ClassName.bestGuess(mapping.javaType());
        CodeBlock.Builder cases = CodeBlock.builder();
        mapping.constants().forEach(c -> cases.add("case $S -> $T.$L;\n", c.value(), type, c.name()));
        String allowed =
                mapping.constants().stream().map(c -> "'" + c.value() + "'").collect(Collectors.joining(", "));
        cases.add(
                "default -> throw new $T($S + text + $S);\n",
                TypeNames.SQL_RECORD_EXCEPTION,
                "'",
                "' stands for no constant of " + type.simpleName() + " (its column allows " + allowed + ")");
        return MethodSpec.methodBuilder(pair.toConstant())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                        "The constant {@code text} stands for in {@code $L.$L}; {@code null} for {@code null}.\n",
                        mapping.table(),
                        mapping.column())
                .returns(type)
                .addParameter(String.class, "text")
                .beginControlFlow("if (text == null)")
                .addStatement("return null")
                .endControlFlow()
                .addCode("return switch (text) {\n$>$L$<};\n", cases.build())
                .build();
    }
}
