package com.example.app;

/** A user as the application sees it; queries marked {@code -> User} return it. */
public record User(long id, String email, String name, String nickname) {}
