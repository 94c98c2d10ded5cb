package com.example.app;

public record Settings(boolean darkMode, String language) {}
