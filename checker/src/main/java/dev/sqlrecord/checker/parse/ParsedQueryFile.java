package dev.sqlrecord.checker.parse;

import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
import java.util.List;

/**
 * A query file split into its named queries, each query's SQL parsed when first asked for: what
 * checking the file against the schema starts from. It needs no schema, so a cold check parses
 * files while the schema is still being built (docs/ARCHITECTURE.md §8, "A cold check"). One
 * thread uses it at a time.
 */
public final class ParsedQueryFile {
    private final SourceFile file;
    private final List<NamedQuery> queries;
    private final QueryFileParser parser;
    private final Diagnostics diagnostics;
    private final ParsedSql[] sql;

    private ParsedQueryFile(
            SourceFile file, List<NamedQuery> queries, QueryFileParser parser, Diagnostics diagnostics) {
        this.file = file;
        this.queries = queries;
        this.parser = parser;
        this.diagnostics = diagnostics;
        this.sql = new ParsedSql[queries.size()];
    }

    /** {@code file} split into its queries; what its annotations gave is in {@link #diagnostics}. */
    public static ParsedQueryFile of(SourceFile file) {
        Diagnostics diagnostics = new Diagnostics();
        QueryFileParser parser = new QueryFileParser(diagnostics);
        return new ParsedQueryFile(file, parser.parse(file), parser, diagnostics);
    }

    /** This file with every query's SQL parsed now. */
    public ParsedQueryFile withSqlParsed() {
        for (int i = 0; i < sql.length; i++) {
            sql(i);
        }
        return this;
    }

    public SourceFile file() {
        return file;
    }

    public List<NamedQuery> queries() {
        return queries;
    }

    /** The {@code i}-th query's SQL, parsed once. */
    public ParsedSql sql(int i) {
        if (sql[i] == null) {
            sql[i] = SqlSyntax.parse(queries.get(i).sql());
        }
        return sql[i];
    }

    /** True for a query whose name an earlier one of the file has: it is checked, but nothing is generated for it. */
    public boolean isDuplicate(NamedQuery query) {
        return parser.isDuplicate(query);
    }

    /** What the file's annotations gave, and the file's text for the report. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
