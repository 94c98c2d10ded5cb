package dev.sqlrecord.runtime.internal;

/**
 * One statement cut from a script by {@link StatementSplitter}.
 *
 * @param sql  the statement without its terminating {@code ;}, trimmed, leading comments dropped
 * @param line 1-based line of the script where the statement starts
 */
public record SqlStatement(String sql, int line) {}
