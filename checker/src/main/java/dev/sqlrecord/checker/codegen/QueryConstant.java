package dev.sqlrecord.checker.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.sqlrecord.checker.model.QueryModel;

/**
 * The value of a query's {@code Query} constant: its name, origin and SQL, and its D1 form when it
 * has one (docs/D1-EXACT-INTEGERS.md), which the runtime sends in its place on D1.
 */
final class QueryConstant {
    private QueryConstant() {}

    static CodeBlock initializer(QueryModel query) {
        if (query.d1Sql() == null) {
            return CodeBlock.of(
                    "$T.of($S, $S, $L, $L)",
                    TypeNames.QUERY,
                    query.name(),
                    query.file(),
                    query.line(),
                    SqlLiterals.of(query.sql()));
        }
        return CodeBlock.of(
                "$T.of($S, $S, $L, $L, $L)",
                TypeNames.QUERY,
                query.name(),
                query.file(),
                query.line(),
                SqlLiterals.of(query.sql()),
                SqlLiterals.of(query.d1Sql()));
    }
}
