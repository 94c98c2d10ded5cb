package dev.sqlrecord.checker.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.sqlrecord.checker.model.QueryModel;

/**
 * The value of a query's {@code Query} constant: its name, origin and SQL, and its D1 form when it
 * has one (docs/D1-EXACT-INTEGERS.md), which the runtime sends in its place on D1. The arguments,
 * mostly SQL, are {@link LateText}: JavaPoet only lays out their place.
 */
final class QueryConstant {
    private QueryConstant() {}

    static CodeBlock initializer(QueryModel query, LateText late) {
        StringBuilder args = new StringBuilder()
                .append(LateText.string(query.name()))
                .append(", ")
                .append(LateText.string(query.file()))
                .append(", ")
                .append(query.line())
                .append(", ")
                .append(SqlLiterals.of(query.sql()));
        if (query.d1Sql() != null) {
            args.append(", ").append(SqlLiterals.of(query.d1Sql()));
        }
        return CodeBlock.of("$T.of($L)", TypeNames.QUERY, late.code(args.toString()));
    }
}
