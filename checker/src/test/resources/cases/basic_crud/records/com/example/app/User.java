package com.example.app;

public record User(long id, String email, String name) {}
