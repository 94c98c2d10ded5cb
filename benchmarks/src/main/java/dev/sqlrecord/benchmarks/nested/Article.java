package dev.sqlrecord.benchmarks.nested;

/** A post as the nested-results benchmark reads it. */
public record Article(long id, String title, String body) {}
