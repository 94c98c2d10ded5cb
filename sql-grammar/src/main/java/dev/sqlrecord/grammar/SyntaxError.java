package dev.sqlrecord.grammar;

/**
 * A syntax error at a 1-based line and column of the parsed text; {@code length} is the length of
 * the offending token (at least 1).
 */
public record SyntaxError(int line, int column, int length, String message) {}
