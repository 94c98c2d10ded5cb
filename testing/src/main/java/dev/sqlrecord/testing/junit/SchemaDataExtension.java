package dev.sqlrecord.testing.junit;

import dev.sqlrecord.testing.generate.SchemaData;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Gives a test method a {@link SchemaData} parameter: a fresh SQLite database migrated from the
 * application's migrations and filled with generated rows ({@link GeneratedData}), closed after the
 * test. Each run draws a new seed, so a {@code @RepeatedTest} explores new data every time; a
 * failure names its seed, and {@code -Dsqlrecord.seed=S} replays it.
 */
public final class SchemaDataExtension implements ParameterResolver, TestExecutionExceptionHandler {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SchemaDataExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SchemaData.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        GeneratedData settings = parameter.findAnnotation(GeneratedData.class).orElse(null);
        String migrations = settings == null ? "src/main/sql/migrations" : settings.migrations();
        int rows = settings == null ? 5 : settings.rows();
        SchemaData data = SchemaData.sqlite(Path.of(migrations), SchemaData.seedFromProperty());
        // the store closes what it holds when the test ends
        context.getStore(NAMESPACE).put("data" + parameter.getIndex(), data);
        context.getStore(NAMESPACE).put("seed", data.seed());
        return data.fill(rows);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Long seed = context.getStore(NAMESPACE).get("seed", Long.class);
        if (seed == null) {
            throw failure;
        }
        AssertionError named = new AssertionError(
                failure.getMessage() + "\n(generated data of seed " + seed + "; replay with -D"
                        + SchemaData.SEED_PROPERTY + "=" + seed + ")",
                failure);
        named.setStackTrace(failure.getStackTrace());
        throw named;
    }
}
