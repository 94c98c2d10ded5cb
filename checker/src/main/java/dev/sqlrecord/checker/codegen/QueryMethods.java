package dev.sqlrecord.checker.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.QueryKind;
import dev.sqlrecord.checker.model.QueryModel;
import dev.sqlrecord.checker.model.RowShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The two methods of one query: the one that runs it on the repository's database, and the static
 * factory of its {@code Statement} for batches. Both take the same parameters, check them and pass
 * them on alike, and map rows with the same reader, so they are built from one {@link Call}.
 */
final class QueryMethods {
    /** What separates the words of a SQL name; compiled once (issue 20: each call compiled it). */
    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private QueryMethods() {}

    /**
     * What both methods share: parameters with their null checks, each one's Java name by its SQL
     * name, the arguments after the SQL ({@code ", a, b"} or nothing), and, for a query that returns
     * rows, how a row is read.
     */
    private record Call(
            List<ParameterSpec> params,
            Map<String, String> javaNames,
            CodeBlock nullChecks,
            CodeBlock args,
            CodeBlock read) {
        static Call of(QueryModel query, String owner, String mapper, EnumConverters enums) {
            NameAllocator names = new NameAllocator();
            Map<String, String> javaNames = new LinkedHashMap<>();
            List<ParameterSpec> params = new ArrayList<>();
            CodeBlock.Builder nullChecks = CodeBlock.builder();
            for (QueryModel.Param param : query.params()) {
                String name = names.newName(camelCase(param.name()), param.name());
                javaNames.put(param.name(), name);
                params.add(ParameterSpec.builder(TypeNames.of(param.javaType()), name)
                        .build());
                if (!param.nullable() && !param.javaType().isPrimitive()) {
                    // A null here would be stored or compared as SQL NULL where the schema says it cannot be.
                    nullChecks.addStatement("$T.requireNonNull($N, $S)", TypeNames.OBJECTS, name, name);
                }
            }
            CodeBlock args = CodeBlock.join(
                    arguments(query, javaNames::get, enums).stream()
                            .map(arg -> CodeBlock.of(",$W$L", arg))
                            .toList(),
                    "");
            CodeBlock read = null;
            if (query.row() != null) {
                String rowVar = RepositoryGenerator.newName(names, "row");
                // A row with JSON names its query in read errors: its mapper is told which query reads.
                read = mapper != null && RepositoryGenerator.readsJson(query.row())
                        ? CodeBlock.of("$N -> $N($N, $S)", rowVar, mapper, rowVar, query.name())
                        : mapper != null
                                ? CodeBlock.of("$L::$N", owner, mapper)
                                : CodeBlock.of(
                                        "$N -> $L",
                                        rowVar,
                                        RepositoryGenerator.read(
                                                query.row().fields().get(0), rowVar, enums, null));
            }
            return new Call(params, javaNames, nullChecks.build(), args, read);
        }

        /**
         * The values bound, one per marker in order, each parameter read by {@code access} (its
         * Java name, or {@code row.name()} of a list form's parameter record).
         */
        static List<CodeBlock> arguments(QueryModel query, Function<String, String> access, EnumConverters enums) {
            Map<String, QueryModel.Param> byName = new LinkedHashMap<>();
            query.params().forEach(p -> byName.put(p.name(), p));
            return query.bindings().stream()
                    .map(b -> argument(query, byName.get(b), access.apply(b), enums))
                    .toList();
        }

        /**
         * A parameter as bound: an enum as the text its column stores, text for a JSON column once
         * checked to be JSON, anything else as it is.
         */
        private static CodeBlock argument(QueryModel query, QueryModel.Param param, String name, EnumConverters enums) {
            if (param.jsonText()) {
                // Text is checked to be JSON; a typed value is written as JSON.
                return CodeBlock.of(
                        "$T.$L($N, $S, $S)",
                        TypeNames.JSON_VALUES,
                        param.javaType().equals(JavaType.STRING) ? "checked" : "write",
                        name,
                        query.name(),
                        param.name());
            }
            if (param.codec() == RowShape.Codec.EPOCH_MILLIS) {
                // As @EpochMillis reads it: integer milliseconds (README.md, Types).
                return param.nullable()
                        ? CodeBlock.of("$N == null ? null : $N.toEpochMilli()", name, name)
                        : CodeBlock.of("$N.toEpochMilli()", name);
            }
            return param.enumMapping() == null
                    ? CodeBlock.of("$N", name)
                    : enums.bind(param.enumMapping(), name, param.nullable(), param.list());
        }

        MethodSpec.Builder start(String name) {
            return MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameters(params)
                    .addCode(nullChecks);
        }
    }

    /** The method that runs {@code query} at once, then the factory of its statement for batches. */
    static List<MethodSpec> of(
            QueryModel query, String constant, String owner, String mapper, EnumConverters enums, LateText late) {
        Call call = Call.of(query, owner, mapper, enums);
        MethodSpec.Builder run =
                call.start(query.name()).addJavadoc(late.javadoc(QueryDocs.run(query, call.javaNames())));
        MethodSpec.Builder statement = call.start(RepositoryGenerator.statementFactoryName(query.name()))
                .addModifiers(Modifier.STATIC)
                .addJavadoc(QueryDocs.statement(query, call.javaNames()));
        switch (query.kind()) {
            case EXEC -> {
                run.returns(TypeName.INT).addStatement("return this.database.exec($N$L)", constant, call.args());
                statement
                        .returns(statementOf(TypeName.INT.box()))
                        .addStatement("return $T.exec($N$L)", TypeNames.STATEMENT, constant, call.args());
            }
            case EXECRESULT -> {
                run.returns(TypeNames.EXEC_RESULT)
                        .addStatement("return this.database.execResult($N$L)", constant, call.args());
                statement
                        .returns(statementOf(TypeNames.EXEC_RESULT))
                        .addStatement("return $T.execResult($N$L)", TypeNames.STATEMENT, constant, call.args());
            }
            case ONE, MANY -> {
                boolean one = query.kind() == QueryKind.ONE;
                boolean single = query.returnsRowItself();
                TypeName rowType = TypeNames.of(query.row().javaType());
                TypeName result = single
                        ? rowType
                        : ParameterizedTypeName.get(one ? TypeNames.OPTIONAL : TypeNames.LIST, rowType);
                // The row itself, as a scalar, keeps its own type: long for a non-null integer.
                TypeName runs = single && query.row().isScalar()
                        ? TypeNames.of(query.row().fields().get(0).type())
                        : result;
                // A row proven single at build time needs no second step to check that none follows;
                // a row proven to come needs no Optional.
                String runCall = !one ? "many" : single ? "single" : query.atMostOneRow() ? "first" : "one";
                run.returns(runs);
                if (query.row().folds()) {
                    // The rows of a flat join, folded into parents with their children (README.md, Nested results).
                    run.addStatement(
                            "return $T.fold(this.database.many($N,$W$L$L))",
                            TypeNames.FLAT_JOIN,
                            constant,
                            call.read(),
                            call.args());
                    statement
                            .returns(statementOf(result))
                            .addStatement(
                                    "return $T.folded($N,$W$L$L)",
                                    TypeNames.STATEMENT,
                                    constant,
                                    call.read(),
                                    call.args());
                    break;
                }
                run.addStatement("return this.database.$L($N,$W$L$L)", runCall, constant, call.read(), call.args());
                // Statement has no "first": in a batch a :one reads on for a second row, unless proven exactly one.
                statement
                        .returns(statementOf(result))
                        .addStatement(
                                "return $T.$L($N,$W$L$L)",
                                TypeNames.STATEMENT,
                                !one ? "many" : single ? "single" : "one",
                                constant,
                                call.read(),
                                call.args());
            }
        }
        MethodSpec positional = run.build();
        List<MethodSpec> methods = new ArrayList<>(List.of(positional));
        if (ListForms.swappable(query)) {
            methods.add(ListForms.recordForm(query, positional, call.javaNames(), late));
        }
        if (ListForms.applies(query)) {
            methods.add(ListForms.method(
                    query,
                    constant,
                    call.params(),
                    call.javaNames(),
                    Call.arguments(query, name -> "row." + call.javaNames().get(name) + "()", enums),
                    late));
        }
        methods.add(statement.build());
        return methods;
    }

    /** The parameter record of {@code query}, or null when it has none ({@link ListForms}). */
    static TypeSpec parameterRecord(QueryModel query, EnumConverters enums, LateText late) {
        if (!ListForms.hasRecord(query)) {
            return null;
        }
        Call call = Call.of(query, "", null, enums);
        return ListForms.record(query, call.params(), call.javaNames(), call.nullChecks(), late);
    }

    private static TypeName statementOf(TypeName result) {
        return ParameterizedTypeName.get(TypeNames.STATEMENT, result);
    }

    /**
     * The Java name of SQL parameter {@code name}: {@code user_id} and {@code USER_ID} become
     * {@code userId}; a name already in camel case stays as it is. The allocator then keeps it legal
     * and unique ({@code class} becomes {@code class_}).
     */
    static String camelCase(String name) {
        String[] words = WORD_BREAKS.split(name);
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word;
            out.append(
                            out.length() == 0
                                    ? Character.toLowerCase(lower.charAt(0))
                                    : Character.toUpperCase(lower.charAt(0)))
                    .append(lower, 1, lower.length());
        }
        return out.length() == 0 ? "param" : out.toString();
    }
}
