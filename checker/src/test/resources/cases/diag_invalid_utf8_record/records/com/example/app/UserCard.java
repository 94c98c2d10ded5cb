package com.example.app;

public record UserCard(long id, String email) {}
