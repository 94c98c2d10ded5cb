package dev.sqlrecord.checker.daemon;

import dev.sqlrecord.checker.incremental.CheckRun;
import dev.sqlrecord.checker.incremental.ReportLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a build sees of a check run elsewhere, to hold it to the same check run in the test's JVM. */
final class Runs {
    private Runs() {}

    /** Its outcome, message and log, the check's time left out. */
    static List<String> seen(CheckRun run) {
        List<String> seen = new ArrayList<>();
        seen.add(run.outcome() + " " + run.message());
        for (ReportLine line : run.log()) {
            seen.add(line.severity() + " " + line.text());
        }
        return seen.stream().map(s -> s.replaceAll("\\(\\d+ ms\\)", "(time)")).toList();
    }

    /** The generated sources and the model a check wrote under {@code base}, by path. */
    static Map<String, String> outputs(Path base) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(base.resolve("target"))) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String name = base.relativize(file).toString();
                if (name.endsWith(".java") || name.endsWith("model.json")) {
                    files.put(name, Files.readString(file));
                }
            }
        }
        return files;
    }
}
