package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.Target;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The user's lint configuration: a level per rule code (lints and migration hazards alike) (overriding the target's default) and the
 * tables that are small by design, which {@code full-scan}, {@code temp-b-tree} and
 * {@code unindexed-foreign-key} leave alone.
 */
public record LintSettings(Map<Rule, LintLevel> levels, Set<String> smallTables) {
    public static final LintSettings DEFAULTS = new LintSettings(Map.of(), Set.of());

    public LintSettings {
        levels = levels.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(levels));
        smallTables = smallTables.stream()
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Settings from the user's words: {@code levels} maps rule codes to {@code off|info|warning|error}.
     *
     * @throws IllegalArgumentException naming the unknown code or level
     */
    public static LintSettings of(Map<String, String> levels, Collection<String> smallTables) {
        Map<Rule, LintLevel> parsed = new EnumMap<>(Rule.class);
        levels.forEach((code, level) -> {
            Rule rule = rule(code.trim());
            LintLevel parsedLevel = LintLevel.parse(level);
            if (rule.losesData() && parsedLevel == LintLevel.OFF) {
                throw new IllegalArgumentException(rule.code() + " reports a migration that deletes rows, so it"
                        + " cannot be turned off for the whole project; set it to warning or info to keep it"
                        + " visible, or write -- sqlrecord:ignore " + rule.code() + " above the one statement");
            }
            parsed.put(rule, parsedLevel);
        });
        return new LintSettings(parsed, Set.copyOf(smallTables));
    }

    /** Settings from CLI-style {@code code=level} words, e.g. {@code full-scan=error}. */
    public static LintSettings parse(List<String> assignments, Collection<String> smallTables) {
        Map<String, String> levels = new java.util.LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(
                        "expected <code>=<severity>, e.g. full-scan=error, not '" + assignment + "'");
            }
            levels.put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
        return of(levels, smallTables);
    }

    /** Splits a comma-separated list of table names, as {@code --small-tables a,b} gives it. */
    public static List<String> tableList(String text) {
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public LintLevel level(Rule rule, Target target) {
        return levels.getOrDefault(rule, rule.defaultLevel(target));
    }

    public boolean isSmall(String table) {
        return table != null && smallTables.contains(table.toLowerCase(Locale.ROOT));
    }

    private static Rule rule(String code) {
        return Rule.byCode(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown lint code '" + code + "' (known: "
                        + Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.joining(", ")) + ")"));
    }
}
