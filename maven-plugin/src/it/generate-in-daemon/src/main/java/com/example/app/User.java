package com.example.app;

public record User(long id, String name) {}
