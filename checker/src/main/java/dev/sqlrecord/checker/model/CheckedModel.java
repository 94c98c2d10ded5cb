package dev.sqlrecord.checker.model;

import dev.sqlrecord.checker.diag.Diagnostic;
import java.util.List;

/** Everything one check produced: what {@code model.json} holds and the code generator reads. */
public record CheckedModel(
        SchemaModel schema, List<QueryModel> queries, List<EnumModel> enums, List<Diagnostic> diagnostics) {

    public CheckedModel {
        queries = List.copyOf(queries);
        enums = List.copyOf(enums);
        diagnostics = List.copyOf(diagnostics);
    }
}
