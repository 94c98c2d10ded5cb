package dev.sqlrecord.checker.model;

import java.util.Locale;

/**
 * What a value is, as far as Java cares: SQLite's storage classes plus the semantic types that
 * the README's type table maps from a declared type. {@code ANY} is a value whose type SQLite does not fix.
 */
public enum SqlType {
    INTEGER,
    REAL,
    TEXT,
    BLOB,
    BOOLEAN,
    NUMERIC,
    /** Declared DATE: a calendar date, stored as text ('YYYY-MM-DD') or unix-epoch seconds. */
    DATE,
    /** Declared DATETIME or TIMESTAMP: a date and time, stored as SQLite date text or unix-epoch seconds. */
    DATETIME,
    ANY;

    /**
     * The type a declared column type stands for, by SQLite's affinity rules
     * (https://www.sqlite.org/datatype3.html#determination_of_column_affinity), with BOOLEAN, the
     * NUMERIC family and the date types kept apart because Java wants different types for them.
     */
    public static SqlType fromDeclared(String declared) {
        if (declared == null || declared.isBlank()) {
            return ANY;
        }
        String type = declared.toUpperCase(Locale.ROOT);
        if (type.startsWith("BOOL")) {
            return BOOLEAN;
        }
        // Before the INT test would matter, and before the NUMERIC fallback they would otherwise get.
        if (type.contains("DATETIME") || type.contains("TIMESTAMP")) {
            return DATETIME;
        }
        if (type.equals("JSON")) {
            return TEXT; // JSON text is a String (or a @Json component) to Java
        }
        if (type.equals("JSONB")) {
            return BLOB; // SQLite's binary JSON, as jsonb() returns it; NUMERIC affinity would make it a BigDecimal
        }
        if (type.equals("DATE")) {
            return DATE;
        }
        if (type.equals("ANY")) {
            // A STRICT table's ANY keeps every value as it is given; elsewhere NUMERIC affinity leaves
            // text that is no number text. Neither fits one Java type.
            return ANY;
        }
        if (type.contains("INT")) {
            return INTEGER;
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return TEXT;
        }
        if (type.contains("BLOB")) {
            return BLOB;
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return REAL;
        }
        return NUMERIC;
    }
}
