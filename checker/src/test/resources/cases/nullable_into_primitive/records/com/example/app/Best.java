package com.example.app;

public record Best(String player, long best, double average) {}
