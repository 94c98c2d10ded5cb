package dev.sqlrecord.checker;

import dev.sqlrecord.checker.analyze.D1ExactForm;
import dev.sqlrecord.checker.analyze.EnumTypes;
import dev.sqlrecord.checker.analyze.JsonParams;
import dev.sqlrecord.checker.analyze.QueryAnalyzer;
import dev.sqlrecord.checker.analyze.ResultMapping;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.lint.Linter;
import dev.sqlrecord.checker.model.QueryCatalog;
import dev.sqlrecord.checker.model.QueryModel;
import dev.sqlrecord.checker.model.RowShape;
import dev.sqlrecord.checker.parse.NamedQuery;
import dev.sqlrecord.checker.parse.ParsedQueryFile;
import dev.sqlrecord.checker.parse.SourceFile;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one query file against the schema and returns all it gave ({@link QueryFileResult}); or
 * takes a kept result as if it had checked the file again (docs/ARCHITECTURE.md §8). The parts it
 * uses are shared across files, so each result is the slice of their state the file added.
 */
final class QueryFileChecker {
    private final Diagnostics diagnostics;
    private final boolean schemaOk;
    private final QueryAnalyzer analyzer;
    private final ResultMapping mapping;
    private final JsonParams jsonParams;
    private final Linter linter;
    private final EnumTypes enums;
    /** The schema's database: each query's D1 form is prepared there, and its catalog tables read. */
    private final Connection db;
    /** Whether the query catalog is written (beside a model file): then each query's tables are read. */
    private final boolean catalog;

    private final Map<Long, String> rootPages;
    /** Files parsed while the schema was built, by name: each is checked from there, once. */
    private final Map<String, ParsedQueryFile> parsed;

    QueryFileChecker(
            Diagnostics diagnostics,
            boolean schemaOk,
            QueryAnalyzer analyzer,
            ResultMapping mapping,
            JsonParams jsonParams,
            Linter linter,
            EnumTypes enums,
            Connection db,
            boolean catalog,
            Map<String, ParsedQueryFile> parsed)
            throws SQLException {
        this.diagnostics = diagnostics;
        this.schemaOk = schemaOk;
        this.analyzer = analyzer;
        this.mapping = mapping;
        this.jsonParams = jsonParams;
        this.linter = linter;
        this.enums = enums;
        this.db = db;
        this.catalog = catalog;
        this.parsed = parsed;
        this.rootPages = catalog ? QueryCatalog.rootPages(db) : Map.of();
    }

    QueryFileResult check(SourceFile file) throws SQLException {
        ParsedQueryFile early = parsed.get(file.display());
        return check(early != null ? early : ParsedQueryFile.of(file));
    }

    private QueryFileResult check(ParsedQueryFile parsed) throws SQLException {
        SourceFile file = parsed.file();
        int diagnosticsMark = diagnostics.count();
        int enumsMark = enums.givenCount();
        int problemsMark = mapping.recordProblemCount();
        diagnostics.addAll(parsed.diagnostics());
        String owner = ResultMapping.pascal(file.stem()) + "Queries";
        List<QueryModel> queries = new ArrayList<>();
        List<QueryCatalog.Tables> tables = new ArrayList<>();
        for (int i = 0; i < parsed.queries().size(); i++) {
            NamedQuery query = parsed.queries().get(i);
            // Without the full schema every query would fail for the migration's sake.
            QueryAnalyzer.Analysis analysis = schemaOk ? analyzer.analyze(query, parsed.sql(i)) : null;
            List<QueryModel.ResultColumn> columns =
                    analysis == null ? null : mapping.namedNested(query, analysis.columns());
            RowShape row = analysis == null ? null : mapping.shape(query, columns);
            if (analysis != null) {
                linter.query(query, analysis.statement(), analysis.bindings(), analysis.names());
            }
            List<QueryModel.Param> params = analysis == null ? null : jsonParams.apply(query, analysis.params());
            if (params != null && (row != null || !query.kind().returnsRows()) && !parsed.isDuplicate(query)) {
                QueryModel model = new QueryModel(
                        file.display(),
                        query.line(),
                        owner,
                        query.name(),
                        query.kind(),
                        query.comments(),
                        analysis.writtenSql(),
                        params,
                        columns,
                        analysis.sql(),
                        analysis.bindings(),
                        row,
                        analysis.atMostOneRow(),
                        analysis.exactlyOneRow(),
                        analysis.multiRowInsert(),
                        D1ExactForm.of(db, analysis.statement(), analysis.sql(), columns, row));
                queries.add(model);
                if (catalog) {
                    tables.add(QueryCatalog.tables(db, model.sql(), rootPages));
                }
            }
        }
        return new QueryFileResult(
                parsed.queries().size(),
                queries,
                tables,
                diagnostics.since(diagnosticsMark),
                enums.givenSince(enumsMark),
                mapping.recordProblemsSince(problemsMark));
    }

    /** Takes a kept result of {@code file} into the shared state, as {@link #check} would have left it. */
    static void replay(
            SourceFile file, QueryFileResult kept, Diagnostics diagnostics, EnumTypes enums, ResultMapping mapping) {
        diagnostics.source(file.display(), file.text());
        kept.diagnostics().forEach(diagnostics::add);
        enums.adopt(kept.enums());
        mapping.adopt(kept.recordProblems());
    }
}
