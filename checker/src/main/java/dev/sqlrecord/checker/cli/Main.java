package dev.sqlrecord.checker.cli;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.Checker;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.lint.LintSettings;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
import dev.sqlrecord.grammar.SyntaxError;
import dev.sqlrecord.runtime.SqlRecordException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * {@code sqlrecord check|parse|migrate|status|drift|pull|new-migration} and the {@link Command}s on the class path
 * (README.md, CLI). Exit codes: 0 clean, 1 errors in the user's input,
 * 2 bad usage.
 */
public final class Main {
    static final String USAGE = """
            usage: sqlrecord check --migrations DIR --queries DIR [--sources DIR]... [--package NAME]
                                   [--out DIR] [--model FILE] [--target sqlite|d1]
                                   [--lint CODE=off|info|warning|error]... [--small-tables NAME[,NAME]...]
                   sqlrecord parse FILE...
                   sqlrecord migrate --migrations DIR (--url JDBC_URL | --d1)
                   sqlrecord status --migrations DIR (--url JDBC_URL | --d1) [--fail-on-pending]
                   sqlrecord drift --migrations DIR (--url JDBC_URL | --d1)
                   sqlrecord pull (--url JDBC_URL | --d1) --out DIR [--package NAME]
                   sqlrecord new-migration --migrations DIR --name NAME
            """;
    private static final String D1_NOTE =
            "  --d1 uses CLOUDFLARE_ACCOUNT_ID, CLOUDFLARE_DATABASE_ID and CLOUDFLARE_D1_TOKEN\n";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = new LinkedHashMap<>();
        ServiceLoader.load(Command.class, Main.class.getClassLoader()).forEach(c -> commands.put(c.name(), c));
        String usage = usage(commands.values());
        if (args.length == 0) {
            err.print(usage);
            return 2;
        }
        try {
            return switch (args[0]) {
                case "check" -> check(Options.parse(args), out);
                case "migrate" -> MigrateCommands.migrate(Options.parse(args), out, err);
                case "status" -> MigrateCommands.status(Options.parse(args), out);
                case "drift" -> DriftCommand.run(Options.parse(args), out);
                case "pull" -> PullCommand.run(Options.parse(args), out);
                case "new-migration" -> MigrateCommands.newMigration(Options.parse(args), out, Clock.systemUTC());
                case "parse" -> parse(List.of(args).subList(1, args.length), out, err);
                case "help", "--help", "-h" -> {
                    out.print(usage);
                    yield 0;
                }
                default -> {
                    Command command = commands.get(args[0]);
                    if (command == null) {
                        throw new UsageException("unknown command '" + args[0] + "'");
                    }
                    yield command.run(Options.parse(args), out, err);
                }
            };
        } catch (UsageException e) {
            err.println("sqlrecord: " + e.getMessage());
            err.print(usage);
            return 2;
        } catch (IOException | SqlRecordException e) {
            // a migration that failed, a refused folder, a database that cannot be reached
            err.println("sqlrecord: " + e.getMessage());
            return 1;
        }
    }

    /** The checker's own commands, then those found on the class path (the testing module's). */
    private static String usage(Iterable<Command> found) {
        StringBuilder usage = new StringBuilder(USAGE);
        found.forEach(command -> usage.append(command.usage().indent(7)));
        return usage.append(D1_NOTE).toString();
    }

    private static int check(Options options, PrintStream out) throws IOException {
        CheckRequest request = new CheckRequest(
                Path.of("").toAbsolutePath(),
                options.required("--migrations"),
                options.required("--queries"),
                options.paths("--sources"),
                options.value("--package", "generated"),
                options.path("--out"),
                options.path("--model"),
                target(options.value("--target", "sqlite")),
                lints(options));
        CheckResult result = new Checker().check(request);
        out.print(result.report());
        out.println(result.summary());
        return result.hasErrors() ? 1 : 0;
    }

    private static LintSettings lints(Options options) {
        try {
            List<String> small = options.values("--small-tables").stream()
                    .flatMap(list -> LintSettings.tableList(list).stream())
                    .toList();
            return LintSettings.parse(options.values("--lint"), small);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** {@code --target sqlite|d1}, a usage error otherwise. */
    public static Target target(String text) {
        try {
            return Target.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int parse(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            throw new UsageException("parse needs at least one file");
        }
        Diagnostics diagnostics = new Diagnostics();
        List<String> unreadable = new ArrayList<>();
        for (String name : files) {
            SourceFile file;
            try {
                file = SourceFile.read(Path.of(name), name, diagnostics); // null when not UTF-8, reported
            } catch (IOException e) {
                unreadable.add(name);
                continue;
            }
            if (file == null) {
                continue;
            }
            String text = file.text();
            diagnostics.source(name, text);
            ParsedSql parsed = SqlSyntax.parse(text);
            for (SyntaxError error : parsed.errors()) {
                diagnostics.error(name, error.line(), error.column(), error.length(), "syntax-error", error.message());
            }
        }
        out.print(diagnostics.report());
        unreadable.forEach(name -> err.println("sqlrecord: cannot read " + name));
        return diagnostics.hasErrors() || !unreadable.isEmpty() ? 1 : 0;
    }
}
