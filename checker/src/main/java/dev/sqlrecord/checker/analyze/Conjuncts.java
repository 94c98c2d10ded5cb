package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms of a condition's top-level AND, through parentheses: what the one-row proofs and the
 * NOT NULL narrowing may each rely on, since a row passes the condition only if it passes every
 * term. Each reader unwraps a term further as its own rule allows (a COLLATE matters to equality
 * proofs, not to NULL).
 */
final class Conjuncts {
    private Conjuncts() {}

    static List<ExprContext> of(ExprContext condition) {
        List<ExprContext> terms = new ArrayList<>();
        add(condition, terms);
        return terms;
    }

    private static void add(ExprContext e, List<ExprContext> terms) {
        while (e instanceof SQLiteParser.ParenExprContext paren && paren.expr().size() == 1) {
            e = paren.expr(0);
        }
        if (e instanceof SQLiteParser.AndExprContext and) {
            add(and.expr(0), terms);
            add(and.expr(1), terms);
        } else {
            terms.add(e);
        }
    }
}
