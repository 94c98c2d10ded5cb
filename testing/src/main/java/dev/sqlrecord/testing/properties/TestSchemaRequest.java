package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.lint.LintSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * What one {@code test-schema} run judges, and how.
 *
 * @param migrations the migration folder (wrangler, drizzle-kit or Flyway layout)
 * @param display    the name a diagnostic prints for a file
 * @param target     {@code D1} applies the migrations as D1 does (foreign keys always on)
 * @param seed       the seed of the generated rows, printed with every report
 * @param examples   generated rows per table the properties draw their examples from
 * @param queries    the query folder, or null
 * @param sources    the user's Java source folders, possibly empty
 * @param lints      levels of the property codes (the one registry of codes): off drops a finding,
 *                   info and warning report it without failing
 */
public record TestSchemaRequest(
        Path migrations,
        Function<Path, String> display,
        Target target,
        long seed,
        int examples,
        Path queries,
        List<Path> sources,
        LintSettings lints) {
    public TestSchemaRequest {
        sources = List.copyOf(sources);
    }

    /** The defaults: fixed seed, {@link SchemaTests#DEFAULT_EXAMPLES} rows, no queries, default levels. */
    public static TestSchemaRequest of(Path migrations, Function<Path, String> display, Target target) {
        return new TestSchemaRequest(
                migrations,
                display,
                target,
                SchemaTests.DEFAULT_SEED,
                SchemaTests.DEFAULT_EXAMPLES,
                null,
                List.of(),
                LintSettings.DEFAULTS);
    }

    public TestSchemaRequest withSeed(long newSeed) {
        return new TestSchemaRequest(migrations, display, target, newSeed, examples, queries, sources, lints);
    }
}
