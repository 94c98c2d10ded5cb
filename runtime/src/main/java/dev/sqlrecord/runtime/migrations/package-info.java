/**
 * The migration runner, compatible with {@code wrangler d1 migrations apply}:
 * {@link dev.sqlrecord.runtime.migrations.Migrations} reads a folder of {@code *.sql} files (from a
 * directory or the classpath), orders them by its {@link dev.sqlrecord.runtime.migrations.MigrationLayout},
 * applies the pending ones to a {@link dev.sqlrecord.runtime.Database} each in one transaction (one
 * batch on D1), and reports what it applied or what their status is.
 */
package dev.sqlrecord.runtime.migrations;
