package dev.sqlrecord.checker.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.sqlrecord.checker.model.D1Integers;
import dev.sqlrecord.checker.model.QueryModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The value of a query's {@code Query} constant: its name, origin and SQL; whether its list form
 * may run as multi-row INSERTs (docs/MULTI-ROW-INSERTS.md); and when it has a D1 form the columns
 * read as integers (docs/D1-EXACT-INTEGERS.md), from which the runtime builds the form it sends in
 * its place on D1. The arguments,
 * mostly SQL, are {@link LateText}: JavaPoet only lays out their place.
 */
final class QueryConstant {
    private QueryConstant() {}

    static CodeBlock initializer(QueryModel query, LateText late) {
        String args = LateText.string(query.name()) + ", " + LateText.string(query.file()) + ", " + query.line() + ", "
                + SqlLiterals.of(query.sql());
        CodeBlock of = CodeBlock.of("$T.of($L)", TypeNames.QUERY, late.code(args));
        if (query.multiRowInsert()) {
            of = CodeBlock.of("$L\n$>$>.multiRowInsert()$<$<", of);
        }
        D1Integers d1 = query.d1();
        if (d1 == null) {
            return of;
        }
        String at = d1.integers().stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (d1.returning() == null) {
            return CodeBlock.of("$L\n$>$>.d1ExactIntegers($L, $L)$<$<", of, d1.columns(), at);
        }
        CodeBlock names =
                d1.returning().stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(", "));
        return CodeBlock.of("$L\n$>$>.d1ExactIntegers($T.of($L), $L)$<$<", of, List.class, names, at);
    }
}
