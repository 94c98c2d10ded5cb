package dev.sqlrecord.checker;

import dev.sqlrecord.checker.analyze.EnumTypes;
import dev.sqlrecord.checker.analyze.ResultMapping;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.schema.SchemaImage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks the query files that have no kept result, and takes every result into the check in file
 * order (docs/ARCHITECTURE.md §8). A file's result depends on its own inputs alone (that is what lets
 * an incremental check keep it), so many files are checked on several threads, each on its own copy
 * of the schema's database restored from its image and with state of its own; the results are then
 * taken in exactly as kept ones are, which gives what one thread would.
 */
final class QueryFileRuns {
    /** Below this many files per thread, a thread's start (its own database, a cold analyzer) costs more than it saves. */
    private static final int MIN_FILES_PER_THREAD = 16;

    /** Builds a file checker on {@code db} that reports into {@code diagnostics} and state of its own. */
    interface Checkers {
        QueryFileChecker on(Connection db, Diagnostics diagnostics) throws SQLException;
    }

    private QueryFileRuns() {}

    /**
     * Fills each null of {@code results} by checking its file (keeping what it gave in {@code cache})
     * and takes every result into {@code diagnostics}, {@code enums} and {@code mapping} in file
     * order. The files are checked by checkers {@code own} builds, each with state of its own: on
     * {@code db} in this thread, and on copies restored from {@code image} in others (none: this
     * thread only); their results are then taken in as kept ones are.
     */
    static void run(
            List<SourceFile> files,
            List<QueryFileResult> results,
            List<String> inputs,
            ResultCache cache,
            Checkers own,
            Connection db,
            SchemaImage image,
            Diagnostics diagnostics,
            EnumTypes enums,
            ResultMapping mapping)
            throws IOException, SQLException {
        List<Integer> toCheck = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                toCheck.add(i);
            }
        }
        int threads = image == null ? 1 : Math.min(threads(), toCheck.size() / MIN_FILES_PER_THREAD);
        if (threads > 1) {
            checkOnThreads(files, results, toCheck, threads, own, db, image);
        } else if (!toCheck.isEmpty()) {
            QueryFileChecker checker = own.on(db, new Diagnostics());
            for (int i : toCheck) {
                results.set(i, checker.check(files.get(i)));
            }
        }
        for (int i : toCheck) {
            cache.keep(files.get(i).display(), inputs.get(i), results.get(i));
        }
        for (int i = 0; i < files.size(); i++) {
            QueryFileChecker.replay(files.get(i), results.get(i), diagnostics, enums, mapping);
        }
    }

    /** As many as there are processors, or {@code -Dsqlrecord.threads}. */
    private static int threads() {
        return Math.max(
                1, Integer.getInteger("sqlrecord.threads", Runtime.getRuntime().availableProcessors()));
    }

    /** Checks the files of {@code toCheck} on {@code threads} threads (this one too), dealt out in turn. */
    private static void checkOnThreads(
            List<SourceFile> files,
            List<QueryFileResult> results,
            List<Integer> toCheck,
            int threads,
            Checkers own,
            Connection db,
            SchemaImage image)
            throws IOException, SQLException {
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1, task -> {
            Thread thread = new Thread(task, "sqlrecord-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<QueryFileResult>>> others = new ArrayList<>();
            for (int t = 1; t < threads; t++) {
                List<SourceFile> share = share(files, toCheck, t, threads);
                others.add(pool.submit(() -> {
                    try (Connection copy = image.restore()) {
                        return check(own.on(copy, new Diagnostics()), share);
                    }
                }));
            }
            List<List<QueryFileResult>> shares = new ArrayList<>();
            shares.add(check(own.on(db, new Diagnostics()), share(files, toCheck, 0, threads)));
            for (Future<List<QueryFileResult>> other : others) {
                shares.add(Awaited.get(other, "checking query files"));
            }
            for (int k = 0; k < toCheck.size(); k++) {
                results.set(toCheck.get(k), shares.get(k % threads).get(k / threads));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The files of thread {@code t}: every {@code threads}-th of those to check, from the {@code t}-th. */
    private static List<SourceFile> share(List<SourceFile> files, List<Integer> toCheck, int t, int threads) {
        List<SourceFile> share = new ArrayList<>();
        for (int k = t; k < toCheck.size(); k += threads) {
            share.add(files.get(toCheck.get(k)));
        }
        return share;
    }

    private static List<QueryFileResult> check(QueryFileChecker checker, List<SourceFile> files) throws SQLException {
        List<QueryFileResult> results = new ArrayList<>();
        for (SourceFile file : files) {
            results.add(checker.check(file));
        }
        return results;
    }
}
