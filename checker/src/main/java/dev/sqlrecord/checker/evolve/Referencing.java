package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.checker.evolve.SchemaSnapshot.TableFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which tables reference which, read from the canonical foreign keys of a {@link SchemaSnapshot}. */
final class Referencing {
    private static final Pattern PARENT = Pattern.compile("REFERENCES (.+?) (\\(|ON UPDATE)");

    private Referencing() {}

    static Set<String> parents(TableFacts table) {
        Set<String> out = new LinkedHashSet<>();
        for (String fk : table.foreignKeys()) {
            Matcher m = PARENT.matcher(fk);
            if (m.find()) {
                out.add(m.group(1));
            }
        }
        out.remove(MigrationPlanner.key(table.name()));
        return out;
    }

    /** Every table that references one of {@code tables}, directly or through others, parents first. */
    static List<String> closure(SchemaSnapshot schema, Set<String> tables) {
        Set<String> found = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TableFacts t : schema.tables().values()) {
                String name = MigrationPlanner.key(t.name());
                if (!found.contains(name)
                        && parents(t).stream().anyMatch(p -> tables.contains(p) || found.contains(p))) {
                    found.add(name);
                    grew = true;
                }
            }
        }
        return parentsFirst(schema, found);
    }

    /** {@code tables} ordered so that a table comes after the ones it references (a cycle keeps schema order). */
    static List<String> parentsFirst(SchemaSnapshot schema, Set<String> tables) {
        List<String> out = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(tables);
        while (!left.isEmpty()) {
            String next = left.stream()
                    .filter(t ->
                            parents(schema.tables().get(t)).stream().noneMatch(p -> left.contains(p) && !p.equals(t)))
                    .findFirst()
                    .orElse(left.iterator().next());
            out.add(next);
            left.remove(next);
        }
        return out;
    }
}
