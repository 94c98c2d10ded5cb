package dev.sqlrecord.checker.cli;

import java.io.IOException;
import java.io.PrintStream;

/**
 * A command the CLI finds with {@link java.util.ServiceLoader}: how modules above the checker (the
 * {@code testing} module's {@code verify-data}, {@code test-schema} and {@code seed}) join the one
 * {@code sqlrecord} command line without the checker depending on them (docs/ARCHITECTURE.md §1).
 */
public interface Command {
    /** The word that selects it: {@code sqlrecord NAME ...}. */
    String name();

    /** Its lines of the usage text, each starting with {@code sqlrecord NAME}. */
    String usage();

    /**
     * Runs it. Bad usage is a {@link UsageException} (exit 2); input that fails is an exit code 1
     * with the reason printed, or an {@link IOException} whose message says what could not be done.
     */
    int run(Options options, PrintStream out, PrintStream err) throws IOException;
}
