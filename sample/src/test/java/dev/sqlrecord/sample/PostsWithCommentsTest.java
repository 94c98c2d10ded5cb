package dev.sqlrecord.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.migrations.Migrations;
import dev.sqlrecord.sample.db.CommentsQueries;
import dev.sqlrecord.sample.db.PostsQueries;
import dev.sqlrecord.sample.db.UsersQueries;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "posts with their comments" page on SQLite and on the local D1: the same blog written
 * through the generated repositories gives the same page on both, a post without comments with none.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class PostsWithCommentsTest {
    private static final List<String> PAGE = List.of(
            "posts with their comments:",
            "  #1 Notes on the Analytical Engine by Ada Lovelace, 2 comments",
            "    #1 Grace Hopper: This changes everything.",
            "    #2 Ada Lovelace: Thank you, Grace!",
            "  #2 Compilers for everyone by Grace Hopper, 0 comments",
            "  #3 The first bug by Grace Hopper, 1 comment",
            "    #3 Ada Lovelace: Did the moth survive?");

    @TempDir
    Path dir;

    @Test
    void onSqlite() {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("blog.db"))) {
            assertEquals(PAGE, page(db));
        }
    }

    @Test
    void onD1() {
        try (Database db = LocalD1.get().freshDatabase()) {
            assertEquals(PAGE, page(db));
        }
    }

    private static List<String> page(Database db) {
        Migrations.fromClasspath("blog/migrations").migrate(db);
        UsersQueries users = new UsersQueries(db);
        PostsQueries posts = new PostsQueries(db);
        CommentsQueries comments = new CommentsQueries(db);
        long ada = users.createUser("ada@example.com", "Ada Lovelace", null).lastInsertId();
        long grace = users.createUser("grace@example.com", "Grace Hopper", null).lastInsertId();
        long engine = posts.createPost(ada, "Notes on the Analytical Engine", "It weaves.")
                .lastInsertId();
        posts.createPost(grace, "Compilers for everyone", "Programs in English words.");
        long bugs = posts.createPost(grace, "The first bug", "A moth.").lastInsertId();
        comments.addComment(engine, grace, "This changes everything.");
        comments.addComment(engine, ada, "Thank you, Grace!");
        comments.addComment(bugs, ada, "Did the moth survive?");
        return new BlogApp(db, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .postsWithCommentsPage();
    }
}
