package dev.sqlrecord.testing.properties;

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
        DataPreservation.check(
                schema.migrations(), schema.target(), schema.seed(), schema.unsatisfiable(), schema.diagnostics());
    }
}
