package dev.sqlrecord.benchmarks;

/** Someone who writes posts and comments. {@code createdAt} is unix epoch seconds. */
public record User(long id, String email, String name, String bio, long createdAt) {}
