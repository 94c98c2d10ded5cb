package com.example.app;

// café
public record Broken(long id) {}
