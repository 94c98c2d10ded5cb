package dev.sqlrecord.runtime;

/**
 * Turns the current row of a result into a value. Generated repositories hold one static mapper per
 * result shape, so a mapper must not keep the {@link Row} it is given: the same instance moves on to
 * the next row.
 *
 * @param <T> what one row becomes
 */
@FunctionalInterface
public interface RowMapper<T> {
    T map(Row row);
}
