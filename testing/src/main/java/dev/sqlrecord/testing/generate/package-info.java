/**
 * Rows generated from a migrated schema alone: declared types, NOT NULL, CHECK, UNIQUE, primary and
 * foreign keys, with SQLite judging every row (docs/ARCHITECTURE.md §7).
 */
package dev.sqlrecord.testing.generate;
