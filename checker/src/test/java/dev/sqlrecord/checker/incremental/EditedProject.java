package dev.sqlrecord.checker.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A smaller twin of the build-time benchmark's project (benchmarks/buildtime/buildtime.sh: tables
 * that refer to the one before, five queries each, a record named by queries), with what an edit can
 * reach besides: a record used by queries of several files, a user enum for the CHECK-IN columns,
 * a JSON parameter typed by a record, a Java file that declares nothing used. {@link #edit} applies
 * one random edit of the kinds a developer makes and says what it did.
 */
final class EditedProject {
    static final String MIGRATIONS = "src/main/sql/migrations";
    static final String QUERIES = "src/main/sql/queries";
    static final String JAVA = "src/main/java/com/example";

    private final Path base;
    private final Random random;
    private int tables;
    private int migrations;
    private int edits;

    EditedProject(Path base, Random random, int tables) {
        this.base = base;
        this.random = random;
        this.tables = tables;
    }

    EditedProject write() throws IOException {
        StringBuilder migration = new StringBuilder();
        for (int i = 1; i <= tables; i++) {
            migration.append(table(i));
            write(QUERIES + "/" + name(i) + ".sql", queries(i));
        }
        migrations = 1;
        write(MIGRATIONS + "/0001_tables.sql", migration.toString());
        write(
                JAVA + "/Item.java",
                "package com.example;\n\npublic record Item(long id, String name, Double amount) {}\n");
        write(JAVA + "/Tag.java", "package com.example;\n\npublic record Tag(String label, int weight) {}\n");
        write(JAVA + "/Status.java", "package com.example;\n\npublic enum Status {\n    NEW,\n    DONE\n}\n");
        write(
                JAVA + "/Main.java",
                "package com.example;\n\npublic class Main {\n    public static void main(String[] a) {}\n}\n");
        return this;
    }

    private static String name(int i) {
        return String.format("t%03d", i);
    }

    private static String table(int i) {
        String t = name(i);
        return "CREATE TABLE " + t + " (\n  id INTEGER PRIMARY KEY,\n  parent_id INTEGER REFERENCES "
                + name(Math.max(1, i - 1)) + " (id),\n  name TEXT NOT NULL,\n  amount REAL,\n"
                + "  qty INTEGER NOT NULL DEFAULT 0,\n  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'done')),\n"
                + "  tags TEXT\n);\nCREATE INDEX " + t + "_parent_idx ON " + t + " (parent_id);\n\n";
    }

    /** Every third file binds the shared record Item, so an edit of Item reaches several files. */
    private static String queries(int i) {
        String t = name(i);
        String p = name(Math.max(1, i - 1));
        String n = "T" + t.substring(1);
        return "-- name: find" + n + " :one\nSELECT id, parent_id, name, amount, qty, status FROM " + t
                + " WHERE id = :id;\n\n"
                + "-- name: list" + n + " :many" + (i % 3 == 1 ? " -> Item" : "") + "\nSELECT c.id, c.name, c.amount"
                + (i % 3 == 1 ? "" : ", p.name AS parent_name") + "\nFROM " + t + " c JOIN " + p
                + " p ON p.id = c.parent_id\nWHERE c.parent_id = :parentId ORDER BY c.id;\n\n"
                + "-- name: insert" + n + " :execresult\nINSERT INTO " + t
                + " (parent_id, name, amount, qty, status) VALUES (:parentId, :name, :amount, :qty, :status);\n\n"
                + "-- name: tag" + n + " :exec\n" + (i % 4 == 0 ? "-- json: tags List<Tag>\n" : "")
                + "UPDATE " + t + " SET tags = :tags WHERE id = :id;\n\n"
                + "-- name: stats" + n + " :one\nSELECT count(*) AS n, total(qty) AS total_qty FROM " + t
                + " WHERE status = :status;\n";
    }

    /** One random edit; returns what it did, for the failure message. */
    String edit() throws IOException {
        edits++;
        int kind = random.nextInt(12);
        int i = 1 + random.nextInt(tables);
        String file = QUERIES + "/" + name(i) + ".sql";
        switch (kind) {
            case 0 -> {
                if (!Files.exists(base.resolve(file))) {
                    write(file, queries(i));
                    return "restored " + file;
                }
                append(
                        file,
                        "\n-- name: extra" + edits + " :many\nSELECT name FROM " + name(i) + " WHERE qty > :qty;\n");
                return "added a query to " + file;
            }
            case 1 -> {
                if (!Files.exists(base.resolve(file))) {
                    return "nothing (" + file + " is gone)";
                }
                String broken = random.nextBoolean()
                        ? "SELECT nope FROM " + name(i) + ";"
                        : "SELECT id, name FROM " + name(i) + " WHERE id = :id;"; // fine, or unlike Item
                append(
                        file,
                        "\n-- name: odd" + edits + " :one" + (random.nextBoolean() ? " -> Item" : "") + "\n" + broken
                                + "\n");
                return "added an odd query to " + file;
            }
            case 2 -> {
                Files.deleteIfExists(base.resolve(file));
                return "removed " + file;
            }
            case 3 -> {
                write(
                        QUERIES + "/new" + edits + ".sql",
                        "-- name: newest" + edits + " :many -> Item\nSELECT id, name, amount FROM " + name(i) + ";\n");
                return "added a query file new" + edits + ".sql";
            }
            case 4 -> {
                String[] items = {
                    "public record Item(long id, String name, Double amount) {}",
                    "public record Item(long id, String name) {}",
                    "public record Item(long id, String name, double amount) {}",
                    "public record Item(long id, String name, Double amount, String parentName) {}"
                };
                write(JAVA + "/Item.java", "package com.example;\n\n" + items[random.nextInt(items.length)] + "\n");
                return "edited the record Item";
            }
            case 5 -> {
                String body = switch (random.nextInt(4)) {
                    case 0 -> "    void broken( {}\n";
                    case 1 -> "    enum Mode" + edits + " { A, B }\n";
                    default -> "    int edit" + edits + "() { return 1; }\n";
                };
                write(JAVA + "/Main.java", "package com.example;\n\npublic class Main {\n" + body + "}\n");
                return "edited Main.java" + (body.contains("broken") ? " (a syntax error)" : "");
            }
            case 6 -> {
                migrations++;
                String sql = switch (random.nextInt(5)) {
                    case 0 -> "ALTER TABLE " + name(i) + " ADD COLUMN extra" + migrations + " TEXT;\n";
                    case 1 -> table(++tables);
                    // as drizzle-kit writes a rebuild: the schema's image keeps foreign keys' state
                    case 2 -> "PRAGMA foreign_keys = OFF;\n" + table(++tables) + "PRAGMA foreign_keys = ON;\n";
                    // a TEMP object: no image is taken, the migrations are replayed
                    case 3 -> "CREATE TEMP TABLE scratch" + migrations + " (x);\n";
                    default -> "CREAT TABLE broken" + migrations + " (id);\n";
                };
                write(MIGRATIONS + String.format("/%04d_more.sql", migrations), sql);
                return "added migration " + migrations;
            }
            case 7 -> {
                write(
                        JAVA + "/Status.java",
                        random.nextBoolean()
                                ? "package com.example;\n\npublic enum Status {\n    NEW,\n    DONE\n}\n"
                                : "package com.example;\n\npublic enum Status {\n    NEW,\n    DONE,\n    LATE\n}\n");
                return "edited the enum Status";
            }
            case 8 -> {
                write(
                        JAVA + "/Tag.java",
                        random.nextBoolean()
                                ? "package com.example;\n\npublic record Tag(String label, int weight) {}\n"
                                : "package com.example;\n\npublic record Tag(String label) {}\n");
                return "edited the record Tag";
            }
            case 9 -> {
                if (Files.exists(base.resolve(file))) {
                    write(file, read(file).replace("ORDER BY c.id", "ORDER BY c.name"));
                }
                return "reordered a query in " + file;
            }
            case 11 -> {
                if (migrations > 1) {
                    Files.deleteIfExists(base.resolve(MIGRATIONS + String.format("/%04d_more.sql", migrations--)));
                    return "removed the last migration";
                }
                return "nothing (one migration)";
            }
            default -> {
                write(
                        JAVA + "/Other" + edits + ".java",
                        "package com.example;\n\nrecord Other" + edits + "(int x) {}\n");
                return "added an unused record";
            }
        }
    }

    List<Path> generatedFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
    }

    private String read(String file) throws IOException {
        return Files.readString(base.resolve(file));
    }

    private void append(String file, String text) throws IOException {
        write(file, read(file) + text);
    }

    private void write(String file, String text) throws IOException {
        Path path = base.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
