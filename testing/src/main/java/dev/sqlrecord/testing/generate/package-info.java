/**
 * Rows generated from a migrated schema alone: declared types, NOT NULL, CHECK, UNIQUE, primary and
 * foreign keys, defaults and generated columns, with edge values on purpose and SQLite judging every
 * row (docs/ARCHITECTURE.md §7).
 */
package dev.sqlrecord.testing.generate;
