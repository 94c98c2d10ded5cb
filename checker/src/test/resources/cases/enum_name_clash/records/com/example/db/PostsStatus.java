package com.example.db;

/** The project's own type that happens to have the name sqlrecord would generate. */
public record PostsStatus(String label) {}
