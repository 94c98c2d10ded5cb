package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.parse.NamedQuery;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.parse.TextPosition;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * Runs the lint rules ({@link Rule}) on queries that passed the check, and on the migrations, at
 * the levels the settings give for the target, honouring {@code -- sqlrecord:ignore <code>}
 * comments. Lints only advise: one that cannot run (an odd plan, say) reports nothing.
 */
public final class Linter {
    private final SchemaModel schema;
    private final Target target;
    private final LintSettings settings;
    private final Diagnostics diagnostics;
    private final PlanLints plans;

    /** {@code db} holds the migrated schema; the plan lints read query plans from it. */
    public Linter(Connection db, SchemaModel schema, Target target, LintSettings settings, Diagnostics diagnostics) {
        this.schema = schema;
        this.target = target;
        this.settings = settings == null ? LintSettings.DEFAULTS : settings;
        this.diagnostics = diagnostics;
        this.plans = new PlanLints(db, this.settings);
    }

    /** Lints one query that SQLite prepared, with the parameter behind each of its markers. */
    public void query(NamedQuery query, List<String> bindings) {
        ParsedSql parsed = SqlSyntax.parse(query.sql());
        List<ParsedStatement> statements = ParsedStatement.split(parsed, query.sql(), query.sqlStart());
        if (parsed.hasErrors() || statements.size() != 1) {
            return;
        }
        ParsedStatement statement = statements.get(0);
        QuerySink sink = new QuerySink(query.file(), statement,
                Suppressions.forQuery(query.file().text(), query.line()));
        SQLiteParser.StatementContext tree = statement.tree();
        D1Lints.check(tree, bindings, sink);
        D1Syntax.length(statement.text(), tree.getStart(), sink);
        if (tree.selectStmt() != null || tree.insertStmt() != null || tree.updateStmt() != null || tree.deleteStmt() != null) {
            QueryShape shape = new QueryShape(tree, schema);
            new SyntaxLints(schema).check(tree, shape, sink);
            try {
                plans.check(statement.text(), shape, sink);
            } catch (SQLException | RuntimeException e) {
                // The query prepared, so this is our reading of the plan failing: say nothing rather than guess.
            }
        }
        sink.unknownCodes();
    }

    /** Lints the migrations, once the schema they build is known. */
    public void migrations(List<SourceFile> migrations) {
        if (level(Rule.D1_UNSUPPORTED_FUNCTION) != LintLevel.OFF || level(Rule.D1_UNSUPPORTED_SYNTAX) != LintLevel.OFF) {
            for (SourceFile file : migrations) {
                d1(file);
            }
        }
        if (migrations.isEmpty()) {
            return;
        }
        if (level(Rule.UNINDEXED_FOREIGN_KEY).severity() != null) {
            ForeignKeyLint.check(schema, migrations, settings, (at, message) ->
                    reportInMigration(Rule.UNINDEXED_FOREIGN_KEY, migrations, at, message));
        }
        if (level(Rule.INEXACT_DECIMAL).severity() != null) {
            DecimalColumnLint.check(schema, migrations, (at, message) ->
                    reportInMigration(Rule.INEXACT_DECIMAL, migrations, at, message));
        }
    }

    private void reportInMigration(Rule rule, List<SourceFile> migrations, ForeignKeyLint.Declaration at, String message) {
        if (at == null) {
            // Declared in a way we do not follow (a rebuilt table, say): still worth saying, without a position.
            SourceFile last = migrations.get(migrations.size() - 1);
            diagnostics.add(new Diagnostic(last.display(), 0, 0, 1, level(rule).severity(), rule.code(), message));
            return;
        }
        ParsedStatement statement = at.statement();
        int last = statement.position(statement.tokens().get(statement.tokens().size() - 1)).line();
        Map<String, Suppressions.Written> ignored =
                Suppressions.forStatement(at.file().text(), statement.start().line(), last);
        new QuerySink(at.file(), statement, ignored).report(rule, at.token(), message);
    }

    /** What D1 refuses in one migration file, statement by statement (each may be ignored by a comment). */
    private void d1(SourceFile file) {
        ParsedSql parsed = SqlSyntax.parse(file.text());
        if (parsed.hasErrors()) {
            return;
        }
        for (ParsedStatement statement : ParsedStatement.split(parsed, file.text(), new TextPosition(1, 1))) {
            int last = statement.position(statement.tokens().get(statement.tokens().size() - 1)).line();
            QuerySink sink = new QuerySink(file, statement,
                    Suppressions.forStatement(file.text(), statement.start().line(), last));
            D1Lints.migration(statement.tree(), sink);
            D1Syntax.length(statement.text(), statement.tree().getStart(), sink);
        }
    }

    private LintLevel level(Rule rule) {
        return settings.level(rule, target);
    }

    /** Reports into one statement of one file, unless configured off or ignored there. */
    private final class QuerySink implements Sink {
        private final SourceFile file;
        private final ParsedStatement statement;
        private final Map<String, Suppressions.Written> ignored;

        QuerySink(SourceFile file, ParsedStatement statement, Map<String, Suppressions.Written> ignored) {
            this.file = file;
            this.statement = statement;
            this.ignored = ignored;
        }

        @Override
        public boolean enabled(Rule rule) {
            return level(rule) != LintLevel.OFF && !ignored.containsKey(rule.code());
        }

        @Override
        public void report(Rule rule, Token at, String message) {
            if (!enabled(rule)) {
                return;
            }
            TextPosition position = statement.position(at);
            diagnostics.add(new Diagnostic(file.display(), position.line(), position.column(), at.getText().length(),
                    level(rule).severity(), rule.code(), message));
        }

        /** An ignore comment naming no rule is most likely a typo that silently ignores nothing. */
        void unknownCodes() {
            for (Suppressions.Written w : ignored.values()) {
                if (Rule.byCode(w.code()).isEmpty()) {
                    diagnostics.add(new Diagnostic(file.display(), w.line(), w.column(), w.code().length(),
                            Severity.WARNING, "unknown-lint", "'" + w.code() + "' is not a lint code, so this comment"
                                    + " ignores nothing; see the codes in checker/LINTS.md"));
                }
            }
        }
    }
}
