package dev.sqlrecord.checker.diag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the diagnostics of one run across all files, and the text of each file they point into,
 * so that the report can quote the offending line.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();
    private final Map<String, String> sources = new HashMap<>();

    /** Remembers a file's text for excerpts; call once per file read. */
    public void source(String file, String text) {
        sources.put(file, text);
    }

    /** The files whose text was remembered, as {@link #source} was told them. */
    public Set<String> sourceFiles() {
        return Set.copyOf(sources.keySet());
    }

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void error(String file, int line, int column, int length, String code, String message) {
        add(Diagnostic.error(file, line, column, length, code, message));
    }

    /** Takes in what {@code other} collected: its diagnostics, after these, and the text of its files. */
    public void addAll(Diagnostics other) {
        all.addAll(other.all);
        sources.putAll(other.sources);
    }

    /** How many diagnostics were added so far; a mark for {@link #since}. */
    public int count() {
        return all.size();
    }

    /** The diagnostics added since {@code mark}, in order: what one input of an incremental check gave. */
    public List<Diagnostic> since(int mark) {
        return List.copyOf(all.subList(mark, all.size()));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** Every diagnostic, sorted by file and position, duplicates removed. */
    public List<Diagnostic> sorted() {
        return all.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }

    public String report() {
        return DiagnosticPrinter.render(sorted(), sources);
    }
}
