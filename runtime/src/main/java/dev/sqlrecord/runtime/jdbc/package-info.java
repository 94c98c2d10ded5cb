/**
 * The SQLite backend behind {@link dev.sqlrecord.runtime.Database#open(String)} and
 * {@link dev.sqlrecord.runtime.Database#of(javax.sql.DataSource)}: connections (one writer and a pool
 * of readers, one shared, or borrowed from a DataSource) and their transactions, a cache of prepared statements, binding,
 * row cursors over sqlite-jdbc's native handle or a JDBC result set, and sqlite-jdbc's errors as
 * typed exceptions. Only {@link dev.sqlrecord.runtime.jdbc.JdbcExecutor} is public.
 */
package dev.sqlrecord.runtime.jdbc;
