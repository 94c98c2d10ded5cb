package dev.sqlrecord.checker.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sqlrecord.checker.model.QueryKind;
import dev.sqlrecord.checker.model.QueryModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The parameter record of a query (one component per parameter: same names, types and null checks,
 * nested in the repository: {@code PostsQueries.InsertPostParams}) and the overloads that take it
 * (README.md, "The generated code"): the list form of an {@code :exec}/{@code :execresult} query,
 * run for every element atomically by {@code Database.execEach}; and, where positional arguments
 * could be swapped unnoticed (three or more parameters, or two of one type), the record form
 * {@code createUser(CreateUserParams)}.
 */
final class ListForms {
    private static final Map<String, String> UNBOXED = Map.of(
            "java.lang.Long", "long",
            "java.lang.Integer", "int",
            "java.lang.Double", "double",
            "java.lang.Boolean", "boolean",
            "java.lang.Short", "short",
            "java.lang.Byte", "byte",
            "java.lang.Float", "float");

    private ListForms() {}

    /**
     * Whether {@code query} gets a list form: a change with parameters. Not when its only parameter
     * is a list ({@code IN (:ids)}): the two overloads would take a {@code List} each, which Java
     * cannot tell apart; its statement factory in {@code db.batch(...)} does the same.
     */
    static boolean applies(QueryModel query) {
        boolean change = query.kind() == QueryKind.EXEC || query.kind() == QueryKind.EXECRESULT;
        boolean onlyAList = query.params().size() == 1 && query.params().get(0).list();
        return change && !query.params().isEmpty() && !onlyAList;
    }

    /** Whether {@code query} gets a parameter record: for its list form, or for its record form. */
    static boolean hasRecord(QueryModel query) {
        return applies(query) || swappable(query);
    }

    /**
     * Three or more parameters, or two of one Java type: positional arguments that could be passed
     * in the wrong order and still compile. Such a query also takes its parameter record.
     */
    static boolean swappable(QueryModel query) {
        // long and Long are one type here: either argument goes into either parameter
        List<String> types = query.params().stream()
                .map(p -> UNBOXED.getOrDefault(p.javaType().name(), p.javaType().name()) + (p.list() ? "[]" : ""))
                .toList();
        return types.size() >= 3 || types.stream().distinct().count() < types.size();
    }

    /** The record form: {@code createUser(CreateUserParams params)}, calling the positional method. */
    static MethodSpec recordForm(QueryModel query, MethodSpec run, Map<String, String> javaNames, LateText late) {
        List<CodeBlock> arguments = query.params().stream()
                .map(p -> CodeBlock.of("params.$L()", javaNames.get(p.name())))
                .toList();
        String single = String.join(
                ", ",
                run.parameters().stream().map(p -> simpleName(erased(p.type()))).toList());
        String summary = "{@link #" + query.name() + "(" + single + ")} with its arguments named, so that two of"
                + " them cannot be passed in each other's place.";
        boolean returns = !run.returnType().equals(TypeName.VOID);
        String doc = QueryDocs.wrap(summary, "") + "\n\n@param params the parameters\n"
                + (returns ? "@return what {@code " + query.name() + "} returns\n" : "");
        CodeBlock call = CodeBlock.of("$L($L)", query.name(), CodeBlock.join(arguments, ",$W"));
        return MethodSpec.methodBuilder(query.name())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(late.javadoc(doc))
                .addParameter(ClassName.get("", recordName(query)), "params")
                .returns(run.returnType())
                .addStatement(returns ? "return $L" : "$L", call)
                .build();
    }

    /** The record's simple name: {@code insertPost} gives {@code InsertPostParams}. */
    static String recordName(QueryModel query) {
        return Character.toUpperCase(query.name().charAt(0)) + query.name().substring(1) + "Params";
    }

    /** The parameter record: its components are the single method's parameters, null-checked alike. */
    static TypeSpec record(
            QueryModel query,
            List<ParameterSpec> params,
            Map<String, String> javaNames,
            CodeBlock nullChecks,
            LateText late) {
        StringBuilder doc = new StringBuilder(QueryDocs.wrap(
                        "The parameters of one run of {@link " + query.ownerClass() + "#" + query.name()
                                + (applies(query) ? "(List)" : "(" + recordName(query) + ")")
                                + "}, one component per parameter.",
                        ""))
                .append("\n\n");
        for (QueryModel.Param param : query.params()) {
            doc.append(QueryDocs.wrap("@param " + javaNames.get(param.name()) + " " + QueryDocs.describe(param)))
                    .append('\n');
        }
        TypeSpec.Builder record = TypeSpec.recordBuilder(recordName(query))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(late.javadoc(doc.toString()))
                .recordConstructor(
                        MethodSpec.constructorBuilder().addParameters(params).build());
        if (!nullChecks.isEmpty()) {
            record.addMethod(MethodSpec.compactConstructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addCode(nullChecks)
                    .build());
        }
        return record.build();
    }

    /** The list form: {@code insertPost(List<InsertPostParams> rows)}. */
    static MethodSpec method(
            QueryModel query,
            String constant,
            List<ParameterSpec> params,
            Map<String, String> javaNames,
            List<CodeBlock> arguments,
            LateText late) {
        boolean exec = query.kind() == QueryKind.EXEC;
        ClassName record = ClassName.get("", recordName(query));
        // simple names: the single method's parameter types are imported already
        String single = String.join(
                ", ", params.stream().map(p -> simpleName(erased(p.type()))).toList());
        String summary = "{@link #" + query.name() + "(" + single + ")} for every element of {@code rows}, in order"
                + " and atomically: all of them apply, or none. On SQLite one prepared statement runs them as one"
                + " JDBC batch in one transaction; on D1 they go in one batch request, or are refused before"
                + " sending when they do not fit in one. A failure names its element ({@code batchIndex()}). An"
                + " empty list runs nothing.";
        String doc = QueryDocs.wrap(summary, "") + "\n\n@param rows the parameters of each run\n"
                + (exec
                        ? "@return the rows each element changed, in the order of {@code rows}\n"
                        : "@return each element's rows changed and last inserted rowid, in the order of {@code rows}\n");
        return MethodSpec.methodBuilder(query.name())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(late.javadoc(doc))
                .addParameter(ParameterizedTypeName.get(TypeNames.LIST, record), "rows")
                .returns(exec ? ArrayTypeNames.INTS : ParameterizedTypeName.get(TypeNames.LIST, TypeNames.EXEC_RESULT))
                .addStatement(
                        "return this.database.$L($N, rows, row -> new Object[] {$L})",
                        exec ? "execEach" : "execResultEach",
                        constant,
                        CodeBlock.join(arguments, ",$W"))
                .build();
    }

    /** A parameter's type as a Javadoc link names it: without type arguments. */
    private static TypeName erased(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }

    private static String simpleName(TypeName type) {
        return type instanceof ClassName name ? name.simpleName() : type.toString();
    }

    /** {@code int[]}. */
    private static final class ArrayTypeNames {
        static final TypeName INTS = com.palantir.javapoet.ArrayTypeName.of(TypeName.INT);
    }
}
