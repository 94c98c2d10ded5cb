package dev.sqlrecord.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.sample.db.CommentsQueries;
import dev.sqlrecord.sample.db.ListPostsRow;
import dev.sqlrecord.sample.db.PostsQueries;
import dev.sqlrecord.sample.db.PostsStatus;
import dev.sqlrecord.sample.db.UsersQueries;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the sample's story on a temporary database and checks what it left behind. */
class BlogAppTest {
    @TempDir
    Path dir;

    @Test
    void theStoryLeavesTheBlogInTheExpectedState() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("blog.db"))) {
            new BlogApp(db, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

            UsersQueries users = new UsersQueries(db);
            PostsQueries posts = new PostsQueries(db);
            CommentsQueries comments = new CommentsQueries(db);

            User grace = users.findUserByEmail("grace@example.com").orElseThrow();
            assertEquals("Rear Admiral Grace Hopper", grace.name());
            assertEquals(2, users.listUsers().size());

            // #1 was deleted with its comments, #3 soft-deleted: only the draft #2 is live.
            assertEquals(
                    List.of(2L),
                    posts.listPosts(null).stream().map(ListPostsRow::id).toList());
            assertEquals(List.of(), posts.listPosts(PostsStatus.PUBLISHED));
            assertTrue(posts.findPost(1).isEmpty());
            Post softDeleted = posts.findPost(3).orElseThrow();
            assertNotNull(softDeleted.deletedAt());
            assertEquals("published", softDeleted.status());
            assertEquals(0L, comments.countComments(1));
            assertEquals(1L, comments.countComments(3));
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("in one batch: published #3 (1 row) and added its first comment, #3"), output);
        assertTrue(output.contains("(ON DELETE CASCADE)"), output);
        assertTrue(output.endsWith("done." + System.lineSeparator()), output);
    }
}
