package dev.sqlrecord.checker;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.model.SchemaModel;
import java.util.List;

/**
 * What replaying the migrations gave: whether they all applied, the schema read back, and what the
 * replay, the migration lints and hazards reported. Kept by an incremental check by the migrations'
 * inputs, so a check whose every query file is kept needs no database (docs/ARCHITECTURE.md §8).
 */
public record SchemaResult(boolean ok, SchemaModel schema, List<Diagnostic> diagnostics) {
    public SchemaResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
