package com.example.app;

public record PostWithUser(User user, Post post) {}
