package dev.sqlrecord.checker;

import dev.sqlrecord.checker.lint.LintSettings;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.records.EnumInfo;
import dev.sqlrecord.checker.records.RecordInfo;
import dev.sqlrecord.runtime.internal.Sha256;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a query file's result depends on, written out as text (docs/ARCHITECTURE.md §8): the
 * options, the schema (the migrations as replayed), every enum of the project (any may stand for a
 * CHECK-IN column), the file itself, and the records it could bind. A record is bound by name, by
 * {@code -> Name} or a {@code -- json:} line, simple or qualified; so a record counts for a file when
 * its simple name appears in the file as a word, which is every record the file could bind and
 * a few more. A record whose file javac could not parse is bound differently, so that counts too.
 */
final class QueryFileInputs {
    /** The schema's inputs written out, which every file's inputs begin with. */
    private final String schemaText;

    private final String schema;
    private final String common;
    /** Each record's line in the inputs of a file that names it, made once for all the files. */
    private final List<RecordLine> records;

    private record RecordLine(String simpleName, String line) {}

    /**
     * The inputs of the schema alone, known before the records are scanned: a check whose schema
     * is not kept starts building it from these ({@link SchemaBuild}); {@link #withSources} adds the rest.
     */
    QueryFileInputs(CheckRequest request, List<SourceFile> migrations, boolean layoutOk, boolean migrationsReadable) {
        StringBuilder text = new StringBuilder();
        text.append("package ").append(request.packageName()).append('\n');
        text.append("target ").append(request.target()).append('\n');
        text.append("lints ").append(lints(request.lints())).append('\n');
        text.append("catalog ").append(request.modelFile() != null).append('\n');
        text.append("layout ").append(layoutOk ? "ok" : "not ok").append('\n');
        text.append("migrations ")
                .append(migrationsReadable ? "readable" : "not all readable")
                .append('\n');
        for (SourceFile migration : migrations) {
            text.append("migration ").append(migration.display()).append('\n');
            text.append(migration.text()).append('\n');
        }
        this.schemaText = text.toString();
        this.schema = digest(schemaText);
        this.common = null;
        this.records = List.of();
    }

    private QueryFileInputs(
            QueryFileInputs schema, List<EnumInfo> enums, List<RecordInfo> records, Set<String> unparsable) {
        StringBuilder text = new StringBuilder(schema.schemaText);
        enums.forEach(e -> text.append("enum ").append(e).append('\n'));
        this.schemaText = schema.schemaText;
        this.schema = schema.schema;
        this.common = digest(text.toString());
        this.records = records.stream()
                .map(record -> new RecordLine(
                        record.simpleName(),
                        "record " + record + (unparsable.contains(record.file()) ? " unparsable\n" : "\n")))
                .toList();
    }

    /** These inputs with the project's enums and records, as the scan of its sources found them. */
    QueryFileInputs withSources(List<EnumInfo> enums, List<RecordInfo> records, Set<String> unparsable) {
        return new QueryFileInputs(this, enums, records, unparsable);
    }

    /** The inputs of the schema: the options and the migrations as replayed. */
    String schema() {
        return schema;
    }

    /** The inputs of {@code file}'s result, digested: they hold the file's whole text. */
    String of(SourceFile file) {
        if (common == null) {
            throw new IllegalStateException("the inputs of a file are known once the sources are scanned");
        }
        StringBuilder text = new StringBuilder(common).append('\n');
        text.append("file ")
                .append(file.display())
                .append('\n')
                .append(file.text())
                .append('\n');
        Set<String> words = words(file.text());
        for (RecordLine record : records) {
            if (words.contains(record.simpleName())) {
                text.append(record.line());
            }
        }
        return digest(text.toString());
    }

    /** The runs of {@code [A-Za-z0-9_$]} in {@code text}. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean part =
                    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static String lints(LintSettings lints) {
        String levels = lints.levels().entrySet().stream()
                .map(e -> e.getKey().code() + "=" + e.getValue())
                .sorted()
                .collect(Collectors.joining(", "));
        return levels + "; small tables: "
                + lints.smallTables().stream().sorted().collect(Collectors.joining(", "));
    }

    private static String digest(String text) {
        return Sha256.hex(text);
    }
}
