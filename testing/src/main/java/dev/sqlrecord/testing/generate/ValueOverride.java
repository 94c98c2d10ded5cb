package dev.sqlrecord.testing.generate;

/**
 * A value for a column when the generator's own would not do, such as a TEXT column the
 * application reads as a UUID. The generator still lets SQLite judge the row, and foreign key
 * columns always take their parent's values.
 */
@FunctionalInterface
public interface ValueOverride {
    /** The value for this column of this table (names as the schema spells them), or null to let the generator choose. */
    Object value(String table, String column);
}
