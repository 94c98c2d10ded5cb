package dev.sqlrecord.grammar;

/**
 * A syntax error at a 1-based line and column of the parsed text; {@code length} is the length of
 * the offending token (at least 1). The message begins as SQLite's would ("near "x": syntax
 * error", "incomplete input", "unrecognized token: ...") and may go on with what was expected
 * there ("; expected an expression or ')'").
 */
public record SyntaxError(int line, int column, int length, String message) {}
