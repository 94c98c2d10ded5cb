package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.parse.TextPosition;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * Reports lints and migration hazards found in one statement of one file at the level the settings
 * give for the target, unless that is off or a {@code -- sqlrecord:ignore <code>} comment names the
 * rule there. The one place a rule's level and its suppression are applied.
 */
public final class StatementSink implements Sink {
    private final Diagnostics diagnostics;
    private final LintSettings settings;
    private final Target target;
    private final SourceFile file;
    private final ParsedStatement statement;
    private final Map<String, Suppressions.Written> ignored;

    StatementSink(
            Diagnostics diagnostics,
            LintSettings settings,
            Target target,
            SourceFile file,
            ParsedStatement statement,
            Map<String, Suppressions.Written> ignored) {
        this.diagnostics = diagnostics;
        this.settings = settings;
        this.target = target;
        this.file = file;
        this.statement = statement;
        this.ignored = ignored;
    }

    /** For a statement of a migration: ignore comments on its lines or in the comment lines right above it. */
    static StatementSink inMigration(
            Diagnostics diagnostics, LintSettings settings, Target target, SourceFile file, ParsedStatement statement) {
        int last = statement
                .position(statement.tokens().get(statement.tokens().size() - 1))
                .line();
        return new StatementSink(
                diagnostics,
                settings,
                target,
                file,
                statement,
                Suppressions.forStatement(file.text(), statement.start().line(), last));
    }

    @Override
    public boolean enabled(Rule rule) {
        return settings.level(rule, target) != LintLevel.OFF && !ignored.containsKey(rule.code());
    }

    /** Reports at {@code at} (the statement's start when null), underlining the token. */
    @Override
    public void report(Rule rule, Token at, String message) {
        report(rule, at, LintLevel.ERROR, message);
    }

    /** As {@link #report(Rule, Token, String)}, at most at {@code ceiling}: for a finding known to be milder here. */
    public void report(Rule rule, Token at, LintLevel ceiling, String message) {
        if (!enabled(rule)) {
            return;
        }
        LintLevel level = settings.level(rule, target);
        Severity severity = (level.compareTo(ceiling) <= 0 ? level : ceiling).severity();
        TextPosition position = statement.at(at);
        diagnostics.add(new Diagnostic(
                file.display(),
                position.line(),
                position.column(),
                ParsedStatement.length(at),
                severity,
                rule.code(),
                message));
    }

    /** An ignore comment naming no rule is most likely a typo that silently ignores nothing. */
    void unknownCodes() {
        for (Suppressions.Written w : ignored.values()) {
            if (Rule.byCode(w.code()).isEmpty()) {
                diagnostics.add(new Diagnostic(
                        file.display(),
                        w.line(),
                        w.column(),
                        w.code().length(),
                        Severity.WARNING,
                        "unknown-lint",
                        "'" + w.code() + "' is not a lint code, so this comment"
                                + " ignores nothing; see the codes in checker/LINTS.md"));
            }
        }
    }
}
