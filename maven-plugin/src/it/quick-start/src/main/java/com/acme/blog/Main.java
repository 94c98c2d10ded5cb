package com.acme.blog;

import com.acme.blog.db.ListUsersRow;
import com.acme.blog.db.UsersQueries;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

public final class Main {
    public static void main(String[] args) throws IOException {
        Path file = Path.of("target/app.db");
        Files.deleteIfExists(file);   // a fresh database on every run
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            Migrations.fromDirectory(Path.of("src/main/sql/migrations")).migrate(db);
            UsersQueries users = new UsersQueries(db);
            long id = users.createUser("ada@example.com", "Ada").lastInsertId();
            users.renameUser("Ada Lovelace", id);
            System.out.println(users.findUserByEmail("ada@example.com").orElseThrow());
            for (ListUsersRow row : users.listUsers()) {
                System.out.println(row.id() + " " + row.name() + " joined at " + row.createdAt());
            }
        }
    }
}
