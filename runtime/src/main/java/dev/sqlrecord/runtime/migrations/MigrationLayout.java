package dev.sqlrecord.runtime.migrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three folder layouts we accept, detected from the file names (docs/ARCHITECTURE.md §4). A folder that mixes
 * them, or whose order is ambiguous, is refused: applying it in some guessed order could differ
 * from what the other tool (wrangler, drizzle, Flyway) did on another database.
 */
public enum MigrationLayout {
    /** {@code 0001_name.sql}: numeric prefix order; unnumbered files after, as wrangler does. */
    WRANGLER,
    /** drizzle-kit 0.x: {@code meta/_journal.json} gives the order; {@code --> statement-breakpoint} is a comment. */
    DRIZZLE,
    /** {@code V1__name.sql}, {@code V1.2__name.sql}: by version. */
    FLYWAY;

    /** Where drizzle-kit keeps its journal, relative to the migrations folder. */
    public static final String JOURNAL = "meta/_journal.json";

    private static final Pattern FLYWAY_NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)_.*\\.sql");

    /** A layout and the file names in apply order. */
    public record Ordered(MigrationLayout layout, List<String> names) {
        public Ordered {
            names = List.copyOf(names);
        }
    }

    /**
     * Detects the layout of a folder's top-level {@code *.sql} files.
     *
     * @param journal the text of {@code meta/_journal.json}, or null if there is none
     * @throws MigrationLayoutException if the folder is mixed or ambiguous
     */
    public static Ordered detect(List<String> names, String journal) {
        if (journal != null) {
            return new Ordered(DRIZZLE, drizzle(names, journal));
        }
        List<String> flyway = names.stream()
                .filter(n -> FLYWAY_NAME.matcher(n).matches())
                .sorted()
                .toList();
        if (!flyway.isEmpty()) {
            for (String name : names.stream().sorted().toList()) {
                if (!FLYWAY_NAME.matcher(name).matches()) {
                    throw new MigrationLayoutException(
                            name,
                            "the folder mixes Flyway names (" + flyway.get(0)
                                    + ") with other files; rename it V<n>__<name>.sql or move it out");
                }
            }
            return new Ordered(FLYWAY, flyway(names));
        }
        return new Ordered(WRANGLER, wrangler(names));
    }

    private static List<String> wrangler(List<String> names) {
        Map<BigInteger, String> byNumber = new HashMap<>();
        for (String name : names.stream().sorted().toList()) {
            Matcher m = NUMBERED.matcher(name);
            if (m.matches()) {
                String other = byNumber.putIfAbsent(new BigInteger(m.group(1)), name);
                if (other != null) {
                    throw new MigrationLayoutException(
                            name,
                            "has the same number as " + other
                                    + ", so their order is ambiguous (two branches each added one?); renumber one");
                }
            }
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(MigrationOrder.INSTANCE);
        return sorted;
    }

    private static List<String> flyway(List<String> names) {
        Map<List<BigInteger>, String> byVersion = new HashMap<>();
        for (String name : names.stream().sorted().toList()) {
            String other = byVersion.putIfAbsent(version(name), name);
            if (other != null) {
                throw new MigrationLayoutException(name, "has the same version as " + other + "; renumber one");
            }
        }
        Comparator<List<BigInteger>> byParts = (a, b) -> {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                int c = (i < a.size() ? a.get(i) : BigInteger.ZERO)
                        .compareTo(i < b.size() ? b.get(i) : BigInteger.ZERO);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        return names.stream()
                .sorted(Comparator.comparing(MigrationLayout::version, byParts))
                .toList();
    }

    private static List<BigInteger> version(String flywayName) {
        Matcher m = FLYWAY_NAME.matcher(flywayName);
        if (!m.matches()) {
            throw new IllegalArgumentException(flywayName);
        }
        return List.of(m.group(1).split("[._]")).stream().map(BigInteger::new).toList();
    }

    private static List<String> drizzle(List<String> names, String journal) {
        JsonNode entries;
        try {
            entries = new ObjectMapper().readTree(journal).path("entries");
        } catch (IOException e) {
            throw new MigrationLayoutException(JOURNAL, "is not valid JSON: " + e.getMessage());
        }
        if (!entries.isArray()) {
            throw new MigrationLayoutException(JOURNAL, "has no \"entries\" array");
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (JsonNode entry : entries) {
            String name = entry.path("tag").asText("") + ".sql";
            if (!names.contains(name)) {
                throw new MigrationLayoutException(JOURNAL, "lists " + name + ", which is not in the folder");
            }
            if (!ordered.add(name)) {
                throw new MigrationLayoutException(JOURNAL, "lists " + name + " twice");
            }
        }
        for (String name : names.stream().sorted().toList()) {
            if (!ordered.contains(name)) {
                throw new MigrationLayoutException(
                        name,
                        "is not in drizzle-kit's " + JOURNAL
                                + ": wrangler would apply it but drizzle would not; generate it with drizzle-kit"
                                + " (or add it with `drizzle-kit generate --custom`)");
            }
        }
        return List.copyOf(ordered);
    }
}
