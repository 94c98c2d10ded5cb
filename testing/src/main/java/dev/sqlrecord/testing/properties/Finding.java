package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.diag.Diagnostic;

/**
 * One failed property: the diagnostic at the migration text at fault, and the SQL that reproduces
 * it in {@code sqlite3} (with the seed it was found with), shrunk to the fewest rows and simplest values.
 */
public record Finding(Diagnostic diagnostic, String reproduction) {}
