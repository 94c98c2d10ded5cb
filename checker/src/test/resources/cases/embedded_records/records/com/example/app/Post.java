package com.example.app;

public record Post(long id, long authorId, String title, Status status, Long score) {}
