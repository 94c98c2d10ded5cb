package com.example.app;

public record PlayerLevel(Long id, Integer level, Long bestScore) {}
