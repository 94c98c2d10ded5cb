package dev.sqlrecord.checker;

import dev.sqlrecord.checker.codegen.RepositoryGenerator;
import dev.sqlrecord.checker.model.EnumModel;
import dev.sqlrecord.checker.model.QueryModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The generated sources built unit by unit, in the generator's order (docs/ARCHITECTURE.md §8): each
 * enum, each row record (from the queries that return it), each repository class (from its
 * queries). A unit depends on its own models alone, so the units are generated in parallel (the
 * code writer was half of a cold check's time) and an incremental check keeps each unit's text by
 * its models: a query's model stands in the unit's inputs as the digest of its file's inputs and its
 * place in that file's result, which determine it (and cost nothing to write out, where the
 * model's own text was a third of a check that kept every file).
 */
final class GeneratedUnits {
    private final RepositoryGenerator generator;
    private final String packageName;
    private final ResultCache cache;
    /** Stands for a query's model in a unit's inputs: what its file's result was kept by, and its place there. */
    private final Function<QueryModel, String> ids;
    /** Where each unit's files go as soon as they are made, on the thread that made them. */
    interface Sink {
        /** {@code asOnDisk}: a kept unit, its files read back from the output folder ({@link ResultCache#findGenerated}). */
        void accept(Map<String, String> files, boolean asOnDisk) throws IOException;
    }

    /** One unit: what its text depends on (null when nothing is kept), and how to generate it. */
    private record Unit(String models, Supplier<Map<String, String>> generate) {}

    GeneratedUnits(String packageName, ResultCache cache, Function<QueryModel, String> ids) {
        this.generator = new RepositoryGenerator(packageName);
        this.packageName = packageName;
        this.cache = cache;
        this.ids = ids;
    }

    /** Every unit's files, each also handed to {@code sink} as soon as it is made. */
    Map<String, String> generate(List<QueryModel> queries, List<EnumModel> enums, Sink sink) throws IOException {
        Map<String, List<QueryModel>> rows = new LinkedHashMap<>();
        Map<String, List<QueryModel>> owners = new LinkedHashMap<>();
        for (QueryModel query : queries) {
            if (query.row() != null && query.row().generated()) {
                rows.computeIfAbsent(query.row().recordType(), k -> new ArrayList<>())
                        .add(query);
            }
            owners.computeIfAbsent(query.ownerClass(), k -> new ArrayList<>()).add(query);
        }
        boolean keeping = cache != ResultCache.NONE;
        List<Unit> units = new ArrayList<>();
        for (EnumModel model : enums) {
            units.add(new Unit(keeping ? "enum " + model : null, () -> generator.enumFile(model)));
        }
        rows.values()
                .forEach(returning -> units.add(
                        new Unit(keeping ? "row " + ids(returning) : null, () -> generator.rowFile(returning))));
        owners.forEach((owner, members) -> units.add(new Unit(
                keeping ? "repository " + owner + " " + ids(members) : null,
                () -> generator.repositoryFile(owner, members))));
        Map<String, String> files = new LinkedHashMap<>();
        AtomicReferenceArray<Map<String, String>> made;
        try {
            made = make(units, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < units.size(); i++) {
            files.putAll(made.get(i));
        }
        return files;
    }

    /**
     * Each unit's files, by its place, made on this thread and the common pool's, one unit at a time
     * from the last: the repositories, each several times a row's or an enum's work, go first, so no
     * thread is left alone with them at the end (a parallel stream cut the list into four runs on 2
     * cores, the last one holding all the repositories: issue 20).
     */
    private AtomicReferenceArray<Map<String, String>> make(List<Unit> units, Sink sink) {
        int count = units.size();
        AtomicReferenceArray<Map<String, String>> made = new AtomicReferenceArray<>(count);
        AtomicInteger taken = new AtomicInteger();
        Runnable work = () -> {
            for (int i = taken.getAndIncrement(); i < count; i = taken.getAndIncrement()) {
                made.set(count - 1 - i, files(units.get(count - 1 - i), sink));
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int i = 0; i < Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1); i++) {
            helpers.add(ForkJoinPool.commonPool().submit(work));
        }
        work.run();
        helpers.forEach(ForkJoinTask::join);
        return made;
    }

    private String ids(List<QueryModel> queries) {
        StringBuilder text = new StringBuilder();
        queries.forEach(q -> text.append(ids.apply(q)).append('\n'));
        return text.toString();
    }

    /** The files of one unit, handed to {@code sink}: kept, or generated (and kept). */
    private Map<String, String> files(Unit unit, Sink sink) {
        String inputs = unit.models() == null ? null : "package " + packageName + "\n" + unit.models();
        Map<String, String> kept = inputs == null ? null : cache.findGenerated(inputs);
        Map<String, String> files = kept != null ? kept : unit.generate().get();
        if (kept == null && inputs != null) {
            cache.keepGenerated(inputs, files);
        }
        try {
            sink.accept(files, kept != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
