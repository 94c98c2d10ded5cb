package com.example.app;

// 'email' is TEXT: an int component is wrong for every query that reads the record.
public record UserCard(long id, int email) {}
