package dev.sqlrecord.checker;

import dev.sqlrecord.checker.codegen.RepositoryGenerator;
import dev.sqlrecord.checker.model.EnumModel;
import dev.sqlrecord.checker.model.QueryModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated sources built unit by unit, each unit's text kept by its model (docs/ARCHITECTURE.md
 * §9): an enum, a row record (from the queries that return it), a repository class (from its
 * queries). A unit is generated from its own models alone, so the text kept for equal models is the
 * text the generator gives for them; the files come out in the generator's own order.
 */
final class GeneratedUnits {
    private final String packageName;
    private final RepositoryGenerator generator;
    private final ResultCache cache;

    GeneratedUnits(String packageName, ResultCache cache) {
        this.packageName = packageName;
        this.generator = new RepositoryGenerator(packageName);
        this.cache = cache;
    }

    Map<String, String> generate(List<QueryModel> queries, List<EnumModel> enums) {
        if (cache == ResultCache.NONE) {
            return generator.generate(queries, enums);
        }
        Map<String, List<QueryModel>> rows = new LinkedHashMap<>();
        Map<String, List<QueryModel>> owners = new LinkedHashMap<>();
        for (QueryModel query : queries) {
            if (query.row() != null && query.row().generated()) {
                rows.computeIfAbsent(query.row().recordType(), k -> new ArrayList<>())
                        .add(query);
            }
            owners.computeIfAbsent(query.ownerClass(), k -> new ArrayList<>()).add(query);
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (EnumModel model : enums) {
            files.putAll(unit("enum " + model, List.of(), List.of(model), null));
        }
        rows.forEach((type, returning) -> files.putAll(unit("row " + returning, returning, List.of(), type)));
        owners.forEach((owner, members) ->
                files.putAll(unit("repository " + owner + " " + members, members, List.of(), qualified(owner))));
        return files;
    }

    private String qualified(String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** The files of one unit: kept, or generated from its models, keeping only the type {@code only} when given. */
    private Map<String, String> unit(String models, List<QueryModel> queries, List<EnumModel> enums, String only) {
        String inputs = "package " + packageName + "\n" + models;
        Map<String, String> kept = cache.findGenerated(inputs);
        if (kept != null) {
            return kept;
        }
        Map<String, String> files = new LinkedHashMap<>(generator.generate(queries, enums));
        if (only != null) {
            String path = only.replace('.', '/') + ".java";
            files.keySet().removeIf(p -> !p.equals(path));
        }
        cache.keepGenerated(inputs, files);
        return files;
    }
}
