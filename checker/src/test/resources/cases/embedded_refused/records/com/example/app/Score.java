package com.example.app;

/** Nothing in it is NOT NULL in its table: a missing row and a row of NULLs look alike. */
public record Score(Long score) {}
