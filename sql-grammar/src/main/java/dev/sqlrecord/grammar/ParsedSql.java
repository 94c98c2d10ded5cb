package dev.sqlrecord.grammar;

import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * The result of parsing: the tree (always present; partial where errors were recovered from),
 * the tokens it was built from (hidden ones included), and every syntax error found.
 */
public record ParsedSql(SQLiteParser.ParseContext tree, CommonTokenStream tokens, List<SyntaxError> errors) {

    public ParsedSql {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
