package com.example.app;

public record User(long id, String email, int age, String nickname) {}
