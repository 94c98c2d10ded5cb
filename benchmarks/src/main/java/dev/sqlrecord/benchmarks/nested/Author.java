package dev.sqlrecord.benchmarks.nested;

/** A user as the nested-results benchmark reads it. */
public record Author(long id, String name) {}
