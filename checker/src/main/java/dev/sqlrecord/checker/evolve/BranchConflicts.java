package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.lint.LintSettings;
import dev.sqlrecord.checker.lint.Linter;
import dev.sqlrecord.checker.lint.Rule;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.schema.ReplayObserver;
import dev.sqlrecord.checker.schema.SchemaBuilder;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Two migrations written on two branches from the same parent: the same number, or one that fails
 * after the other yet applies without it. Reported as {@code migration-branch-conflict} with what
 * to renumber or rewrite.
 */
public final class BranchConflicts {
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)(_.*\\.sql)");
    /** How many earlier migrations are tried left out: the ones a branch merged alongside is likely to have added. */
    private static final int LOOK_BACK = 3;

    private BranchConflicts() {}

    /** Files of a numbered (wrangler) folder that share a number, each with the free number to move it to. */
    public static void duplicateNumbers(
            Path dir, Function<Path, String> display, LintSettings settings, Target target, Diagnostics diagnostics)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        TreeMap<BigInteger, List<String>> byNumber = new TreeMap<>();
        int width = 4;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = NUMBERED.matcher(file.getFileName().toString());
                if (m.matches()) {
                    byNumber.computeIfAbsent(new BigInteger(m.group(1)), k -> new ArrayList<>())
                            .add(m.group(0));
                    width = Math.max(width, m.group(1).length());
                }
            }
        }
        var level = (settings == null ? LintSettings.DEFAULTS : settings).level(Rule.MIGRATION_BRANCH_CONFLICT, target);
        if (level.severity() == null || byNumber.isEmpty()) {
            return;
        }
        BigInteger next = byNumber.lastKey();
        for (List<String> same : byNumber.values()) {
            for (String moved : same.subList(1, same.size())) {
                next = next.add(BigInteger.ONE);
                Matcher m = NUMBERED.matcher(moved);
                m.matches();
                String renamed = String.format("%0" + width + "d", next) + m.group(2);
                diagnostics.add(new Diagnostic(
                        display.apply(dir.resolve(moved)),
                        1,
                        1,
                        1,
                        level.severity(),
                        Rule.MIGRATION_BRANCH_CONFLICT.code(),
                        moved + " and " + same.get(0) + " share a number (each added on its own branch?): rename "
                                + moved + " to " + renamed + " if no database has applied it yet (else rename "
                                + same.get(0) + "), then check that it still applies after the others"));
            }
        }
    }

    /**
     * For a folder whose migrations do not all apply: whether the first that fails applies once one
     * of the few migrations just before it is left out, which is how two branches' migrations collide.
     */
    public static void failedAfterAnother(List<ParsedMigration> migrations, Linter linter) throws SQLException {
        int failed = firstFailure(migrations);
        if (failed < 0) {
            return;
        }
        ParsedMigration late = migrations.get(failed);
        for (int k = failed - 1; k >= Math.max(0, failed - LOOK_BACK); k--) {
            List<ParsedMigration> without = new ArrayList<>(migrations.subList(0, failed + 1));
            ParsedMigration other = without.remove(k);
            if (!applies(without)) {
                continue;
            }
            without.add(other);
            String fix = applies(without)
                    ? " if no database has applied " + other.name() + " yet, renumber it after " + late.name()
                            + " (they apply in that order); otherwise rewrite " + late.name()
                    : " rewrite " + late.name();
            linter.inMigration(late, late.statements().get(0))
                    .report(
                            Rule.MIGRATION_BRANCH_CONFLICT,
                            null,
                            late.name() + " fails after " + other.name() + " but applies without it: both were"
                                    + " probably written on two branches from the same parent;" + fix
                                    + " for the schema " + other.name() + " leaves");
            return;
        }
    }

    /** The index of the first migration that does not apply, from one replay; -1 when it is unparsed or none fails. */
    private static int firstFailure(List<ParsedMigration> migrations) throws SQLException {
        int[] applied = {0};
        ReplayObserver counter = new ReplayObserver() {
            @Override
            public void endFile(ParsedMigration file, Connection db) {
                applied[0]++;
            }
        };
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            if (new SchemaBuilder(db, new Diagnostics()).apply(migrations, counter)) {
                return -1;
            }
        }
        int failed = applied[0];
        ParsedMigration late = migrations.get(failed);
        return late.parsed() && !late.statements().isEmpty() ? failed : -1;
    }

    private static boolean applies(List<ParsedMigration> migrations) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            return new SchemaBuilder(db, new Diagnostics()).apply(migrations, ReplayObserver.NONE);
        }
    }
}
