package dev.sqlrecord.testing.properties;

import java.io.IOException;
import java.sql.SQLException;

/**
 * One property of the schema, checked over generated rows. {@link SchemaTests} runs a list of
 * them; a property reports each failure with {@link SchemaUnderTest#report}, one diagnostic at the
 * migration text at fault and the SQL that reproduces it. Properties about queries and generated
 * code (that query results hold their inferred types, that enum values round-trip) join the list
 * the same way, reading {@link SchemaUnderTest#queries()} and {@link SchemaUnderTest#sources()}.
 */
public interface SchemaProperty {
    /** Its name in the report and the documentation: {@code satisfiable}, {@code enforced}, ... */
    String name();

    void check(SchemaUnderTest schema) throws SQLException, IOException;
}
