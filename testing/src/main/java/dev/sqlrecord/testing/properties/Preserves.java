package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import java.io.IOException;
import java.sql.SQLException;

/** {@code preserves}: every migration keeps the rows of the tables it does not name ({@link DataPreservation}). */
public final class Preserves implements SchemaProperty {
    @Override
    public String name() {
        return "preserves";
    }

    @Override
    public void check(SchemaUnderTest schema) throws SQLException, IOException {
        // collected apart, then reported through the registry's levels like every property's findings
        Diagnostics found = new Diagnostics();
        DataPreservation.check(schema.migrations(), schema.target(), schema.seed(), schema.unsatisfiable(), found);
        for (Diagnostic diagnostic : found.sorted()) {
            schema.report(diagnostic, "");
        }
    }
}
