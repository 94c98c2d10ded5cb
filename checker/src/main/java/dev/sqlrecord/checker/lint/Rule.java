package dev.sqlrecord.checker.lint;

import static dev.sqlrecord.checker.lint.LintLevel.ERROR;
import static dev.sqlrecord.checker.lint.LintLevel.INFO;
import static dev.sqlrecord.checker.lint.LintLevel.OFF;
import static dev.sqlrecord.checker.lint.LintLevel.WARNING;

import dev.sqlrecord.checker.Target;
import java.util.Arrays;
import java.util.Optional;

/**
 * The lint rules, each with its stable code and its default level per target. The codes are part
 * of the user's configuration and suppression comments: never rename one. Documented in
 * {@code checker/LINTS.md}.
 */
public enum Rule {
    D1_TRANSACTION("d1-transaction", WARNING, ERROR),
    D1_PARAM_LIMIT("d1-param-limit", OFF, ERROR),
    D1_UNSUPPORTED_FUNCTION("d1-unsupported-function", OFF, ERROR),
    D1_UNSUPPORTED_SYNTAX("d1-unsupported-syntax", OFF, ERROR),
    FULL_SCAN("full-scan", WARNING, WARNING),
    TEMP_B_TREE("temp-b-tree", INFO, INFO),
    UNINDEXED_FOREIGN_KEY("unindexed-foreign-key", WARNING, WARNING),
    INEXACT_DECIMAL("inexact-decimal", WARNING, WARNING),
    UPDATE_WITHOUT_WHERE("update-without-where", WARNING, WARNING),
    DELETE_WITHOUT_WHERE("delete-without-where", WARNING, WARNING),
    NONDETERMINISTIC_LIMIT("nondeterministic-limit", WARNING, WARNING),
    SELECT_STAR("select-star", INFO, INFO),
    // Off by default: many projects have no soft delete, and those that do read deleted rows on purpose too.
    SOFT_DELETE_FILTER("soft-delete-filter", OFF, OFF);

    private final String code;
    private final LintLevel onSqlite;
    private final LintLevel onD1;

    Rule(String code, LintLevel onSqlite, LintLevel onD1) {
        this.code = code;
        this.onSqlite = onSqlite;
        this.onD1 = onD1;
    }

    public String code() {
        return code;
    }

    public LintLevel defaultLevel(Target target) {
        return target == Target.D1 ? onD1 : onSqlite;
    }

    public static Optional<Rule> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
