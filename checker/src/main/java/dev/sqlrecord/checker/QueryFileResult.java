package dev.sqlrecord.checker;

import dev.sqlrecord.checker.analyze.ResultMapping;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.model.EnumModel;
import dev.sqlrecord.checker.model.QueryCatalog;
import dev.sqlrecord.checker.model.QueryModel;
import java.util.List;

/**
 * What checking one query file gave: everything the rest of the check reads of it, so an
 * incremental check can keep it and use it again instead of analysing the file (docs/ARCHITECTURE.md §8).
 *
 * @param checked how many named queries it holds
 * @param queries the checked queries that generate code, in order
 * @param tables the tables each of {@code queries} reads and writes, in the same order; empty without a model file
 * @param diagnostics what analysing it reported, in order
 * @param enums the generated enums its analysis gave, in order
 * @param recordProblems its record mismatches, reported with those of the other files
 */
public record QueryFileResult(
        int checked,
        List<QueryModel> queries,
        List<QueryCatalog.Tables> tables,
        List<Diagnostic> diagnostics,
        List<EnumModel> enums,
        List<ResultMapping.RecordProblem> recordProblems) {

    public QueryFileResult {
        queries = List.copyOf(queries);
        tables = List.copyOf(tables);
        diagnostics = List.copyOf(diagnostics);
        enums = List.copyOf(enums);
        recordProblems = List.copyOf(recordProblems);
    }
}
