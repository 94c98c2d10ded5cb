/**
 * What a backend implements: {@link dev.sqlrecord.runtime.spi.Executor} receives final SQL and one
 * bindable value per {@code ?} (the API package has already expanded collections, split long lists
 * and chosen {@code :one}/{@code :many} semantics) and gives rows back as
 * {@link dev.sqlrecord.runtime.spi.Executor.RowCursor}s. A backend is used through
 * {@link dev.sqlrecord.runtime.Database#of(Executor)}.
 */
package dev.sqlrecord.runtime.spi;
