package dev.sqlrecord.testing.soundness;

import java.nio.file.Path;
import java.util.List;

/**
 * A checked and compiled project whose queries {@link QuerySoundness} runs: the checker's
 * {@code model.json}, the migrations in the order they apply, and a class loader for the generated
 * code and the user's records and enums.
 */
public interface QueryProject {
    /** The {@code model.json} the check wrote. */
    Path model();

    /** The folder the model's query {@code file}s are relative to (the check's base folder). */
    Path base();

    /** The migration files, in the order the checker applies them. */
    List<Path> migrationFiles();

    /** A class: a fully qualified name, or the simple name of a generated class ({@code PostsQueries}). */
    Class<?> load(String name) throws ClassNotFoundException;
}
