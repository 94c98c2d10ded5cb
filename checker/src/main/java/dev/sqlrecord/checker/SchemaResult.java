package dev.sqlrecord.checker;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.model.SchemaModel;
import java.util.List;

/**
 * What replaying the migrations gave: whether they all applied, the schema read back, what the
 * replay, the migration lints and hazards reported, and the migration files whose text the
 * replay remembered for the report's excerpts (those it reached). Kept by an incremental check by the migrations'
 * inputs, so a check whose every query file is kept needs no database (docs/ARCHITECTURE.md §8).
 */
public record SchemaResult(boolean ok, SchemaModel schema, List<Diagnostic> diagnostics, List<String> sources) {
    public SchemaResult {
        diagnostics = List.copyOf(diagnostics);
        sources = List.copyOf(sources);
    }
}
