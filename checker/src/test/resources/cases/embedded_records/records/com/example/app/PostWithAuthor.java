package com.example.app;

public record PostWithAuthor(Post post, User author) {}
