package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.analyze.Resolutions;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.model.QueryKind;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.parse.NamedQuery;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

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

    /**
     * Lints one query that SQLite prepared, as the analyzer parsed it, with the parameter behind each
     * of its markers and what its names resolved to.
     */
    public void query(NamedQuery query, ParsedStatement statement, List<String> bindings, Resolutions names) {
        StatementSink sink = new StatementSink(
                diagnostics,
                settings,
                target,
                query.file(),
                statement,
                Suppressions.forQuery(query.file().text(), query.line()));
        SQLiteParser.StatementContext tree = statement.tree();
        D1Lints.check(statement, bindings, sink);
        if (query.kind() == QueryKind.EXEC && tree.selectStmt() != null) {
            sink.report(
                    Rule.EXEC_SELECT,
                    tree.getStart(),
                    "query '" + query.name() + "' is a SELECT annotated :exec, so the rows it returns are thrown"
                            + " away; annotate it :one or :many to read them");
        }
        D1Syntax.length(statement.text(), tree.getStart(), sink);
        // Found while typing nested results (analyze.JsonShapes); every such code is a Rule.
        for (Resolutions.Advice advice : names.advice()) {
            Rule.byCode(advice.code()).ifPresent(rule -> sink.report(rule, advice.at(), advice.message()));
        }
        if (tree.selectStmt() != null
                || tree.insertStmt() != null
                || tree.updateStmt() != null
                || tree.deleteStmt() != null) {
            QueryShape shape = new QueryShape(tree, schema, names);
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
    public void migrations(List<ParsedMigration> migrations) {
        if (level(Rule.D1_UNSUPPORTED_FUNCTION) != LintLevel.OFF
                || level(Rule.D1_UNSUPPORTED_SYNTAX) != LintLevel.OFF) {
            for (ParsedMigration file : migrations) {
                d1(file);
            }
        }
        if (migrations.isEmpty()) {
            return;
        }
        if (level(Rule.UNINDEXED_FOREIGN_KEY).severity() != null) {
            ForeignKeyLint.check(
                    schema,
                    migrations,
                    settings,
                    (at, message) -> reportInMigration(Rule.UNINDEXED_FOREIGN_KEY, migrations, at, message));
        }
        if (level(Rule.INEXACT_DECIMAL).severity() != null) {
            DecimalColumnLint.check(
                    schema,
                    migrations,
                    (at, message) -> reportInMigration(Rule.INEXACT_DECIMAL, migrations, at, message));
        }
    }

    /**
     * Where a finding in one statement of a migration is reported, at its rule's level and unless
     * ignored there: the lints above and the migration hazards report through it alike.
     */
    public StatementSink inMigration(ParsedMigration file, ParsedStatement statement) {
        return StatementSink.inMigration(diagnostics, settings, target, file.file(), statement);
    }

    private void reportInMigration(Rule rule, List<ParsedMigration> migrations, Declarations.At at, String message) {
        if (at == null) {
            // Declared in a way we do not follow (a rebuilt table, say): still worth saying, without a position.
            SourceFile last = migrations.get(migrations.size() - 1).file();
            diagnostics.add(new Diagnostic(last.display(), 0, 0, 1, level(rule).severity(), rule.code(), message));
            return;
        }
        inMigration(at.file(), at.statement()).report(rule, at.token(), message);
    }

    /** What D1 refuses in one migration file, statement by statement (each may be ignored by a comment). */
    private void d1(ParsedMigration file) {
        for (ParsedStatement statement : file.statements()) {
            StatementSink sink = inMigration(file, statement);
            D1Lints.migration(statement.tree(), sink);
            D1Syntax.length(statement.text(), statement.tree().getStart(), sink);
        }
    }

    private LintLevel level(Rule rule) {
        return settings.level(rule, target);
    }
}
