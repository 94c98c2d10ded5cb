/**
 * The API that applications and generated repositories use: {@link dev.sqlrecord.runtime.Database}
 * (open SQLite or D1, run statements, batches, transactions), {@link dev.sqlrecord.runtime.Statement}
 * and {@link dev.sqlrecord.runtime.BatchResults}, {@link dev.sqlrecord.runtime.Row} and
 * {@link dev.sqlrecord.runtime.RowMapper}, {@link dev.sqlrecord.runtime.ExecResult}, the annotations
 * records use ({@link dev.sqlrecord.runtime.Column}, {@link dev.sqlrecord.runtime.Json},
 * {@link dev.sqlrecord.runtime.SqlValue}, {@link dev.sqlrecord.runtime.EpochMillis}), and the
 * exceptions, all subclasses of {@link dev.sqlrecord.runtime.SqlRecordException}.
 *
 * <p>The subpackages: {@code migrations} (the migration runner), {@code d1} ({@code D1Config} and
 * the D1 backend), {@code jdbc} (the SQLite backend), {@code spi} (the interface a backend
 * implements) and {@code internal} (shared code, not API: it may change in any release).
 */
package dev.sqlrecord.runtime;
