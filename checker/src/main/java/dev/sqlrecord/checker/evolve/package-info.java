/**
 * Schema evolution: a database's schema read as comparable facts ({@link SchemaSnapshot}), two of
 * them compared line by line ({@link SchemaComparison}, the {@code drift} command), and an existing
 * database adopted as a baseline migration ({@code pull}).
 */
package dev.sqlrecord.checker.evolve;
