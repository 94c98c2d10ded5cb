package dev.sqlrecord.checker.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of one command (every command shares one set of names); {@code --sources}, {@code --lint} and {@code --small-tables} may repeat. */
public final class Options {
    private static final Set<String> KNOWN = Set.of(
            "--migrations",
            "--queries",
            "--sources",
            "--package",
            "--out",
            "--model",
            "--target",
            "--lint",
            "--small-tables",
            "--url",
            "--name",
            "--seed",
            "--examples",
            "--rows",
            "--schema");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("--d1", "--fail-on-pending", "--write");

    private final Map<String, List<String>> values = new HashMap<>();

    public static Options parse(String[] args) {
        Options options = new Options();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (FLAGS.contains(name)) {
                options.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                continue;
            }
            if (!KNOWN.contains(name)) {
                throw new UsageException("unknown option '" + name + "'");
            }
            if (i + 1 >= args.length) {
                throw new UsageException(name + " needs a value");
            }
            options.values.computeIfAbsent(name, k -> new ArrayList<>()).add(args[++i]);
        }
        return options;
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    public Path required(String name) {
        Path path = path(name);
        if (path == null) {
            throw new UsageException(name + " is required");
        }
        return path;
    }

    public Path path(String name) {
        String value = value(name, null);
        return value == null ? null : Path.of(value);
    }

    public List<Path> paths(String name) {
        return values(name).stream().map(Path::of).toList();
    }

    /** Every value given for a repeatable option, in order. */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    public String value(String name, String fallback) {
        List<String> given = values.get(name);
        if (given == null) {
            return fallback;
        }
        if (given.size() > 1) {
            throw new UsageException(name + " may be given only once");
        }
        return given.get(0);
    }
}
