package com.example.app;

public record Player(long id, String name, int level, Integer bestScore, boolean banned, Double rating) {}
