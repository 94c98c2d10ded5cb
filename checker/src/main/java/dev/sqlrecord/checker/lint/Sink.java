package dev.sqlrecord.checker.lint;

import org.antlr.v4.runtime.Token;

/** Where a lint reports; it applies the configured level and the suppression comments. */
interface Sink {
    boolean enabled(Rule rule);

    /** Reports at {@code at}, underlining the token. */
    void report(Rule rule, Token at, String message);
}
