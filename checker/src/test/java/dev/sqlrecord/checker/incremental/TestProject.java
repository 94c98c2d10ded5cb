package dev.sqlrecord.checker.incremental;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.lint.LintSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small project on disk (a migration, a query file with a warning, a record) and its check requests. */
public final class TestProject {
    static final String MIGRATION = "src/main/sql/migrations/0001_init.sql";
    static final String QUERIES = "src/main/sql/queries/users.sql";
    static final String RECORD = "src/main/java/com/acme/User.java";
    static final String OUTPUT = "target/generated-sources/sqlrecord";
    static final String MODEL = "target/sqlrecord/model.json";

    final Path base;

    public TestProject(Path base) {
        this.base = base;
    }

    /** Writes the files, in the given order of their names (the content does not depend on it). */
    TestProject write(List<String> order) throws IOException {
        for (String file : order) {
            write(
                    file,
                    switch (file) {
                        case MIGRATION -> "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n";
                        case QUERIES -> """
                        -- name: findUser :one -> User
                        SELECT id, name FROM users WHERE id = :id;

                        -- name: usersNamed :many
                        SELECT id FROM users WHERE name = :name;
                        """;
                        case RECORD -> "package com.acme;\n\npublic record User(long id, String name) {}\n";
                        default -> throw new IllegalArgumentException(file);
                    });
        }
        return this;
    }

    public TestProject write() throws IOException {
        return write(List.of(MIGRATION, QUERIES, RECORD));
    }

    public void write(String file, String content) throws IOException {
        Path path = base.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    public void append(String file, String content) throws IOException {
        write(file, Files.readString(base.resolve(file)) + content);
    }

    /** The request of the generate goal. */
    public CheckRequest generate() {
        return generate(LintSettings.DEFAULTS);
    }

    /** The generate request with {@code lints}. */
    public CheckRequest generate(LintSettings lints) {
        return new CheckRequest(
                base,
                base.resolve("src/main/sql/migrations"),
                base.resolve("src/main/sql/queries"),
                List.of(base.resolve("src/main/java")),
                "com.acme.db",
                base.resolve(OUTPUT),
                base.resolve(MODEL),
                Target.SQLITE,
                lints);
    }

    /** The request of the check goal: the same, without generating. */
    CheckRequest checkOnly() {
        CheckRequest g = generate();
        return new CheckRequest(
                g.baseDir(),
                g.migrationsDir(),
                g.queriesDir(),
                g.sourceRoots(),
                g.packageName(),
                null,
                g.modelFile(),
                g.target(),
                g.lints());
    }
}
