package com.example.app;

/** Does not match its query: there is no column full_name, and the query's name has no component. */
public record User(long id, String email, String fullName) {}
