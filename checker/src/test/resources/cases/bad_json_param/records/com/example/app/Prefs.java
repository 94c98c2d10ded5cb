package com.example.app;

public record Prefs(boolean darkMode, String language) {}
