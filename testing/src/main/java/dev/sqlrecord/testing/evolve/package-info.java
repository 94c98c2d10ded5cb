/** {@code diff}: the next migration to a desired schema, proven on generated rows before it is printed. */
package dev.sqlrecord.testing.evolve;
