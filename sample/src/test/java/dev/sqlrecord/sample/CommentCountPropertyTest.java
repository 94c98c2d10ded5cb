package dev.sqlrecord.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.sample.db.CommentsQueries;
import dev.sqlrecord.sample.db.ListPostsRow;
import dev.sqlrecord.sample.db.PostsQueries;
import dev.sqlrecord.testing.generate.SchemaData;
import dev.sqlrecord.testing.junit.GeneratedData;
import dev.sqlrecord.testing.junit.SchemaDataExtension;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A property of the blog, over generated data (README, "Testing your schema"): whatever sequence of
 * generated rows, new comments, publications, soft deletes and deletes the blog goes through, every
 * post's comment count is never negative and agrees with the comments listed for it, a deleted post
 * takes its comments with it, and readers never see a soft-deleted post. Each repetition starts from
 * a fresh database of the real migrations with three generated rows per table (edge values included:
 * empty and emoji text, extreme integers) and draws its own sequence from the seed; a failure names
 * the seed, and {@code -Dsqlrecord.seed=S} replays it.
 */
@ExtendWith(SchemaDataExtension.class)
class CommentCountPropertyTest {
    @RepeatedTest(10)
    void commentCountsHoldAfterAnySequenceOfChanges(@GeneratedData(rows = 3) SchemaData data) {
        PostsQueries posts = new PostsQueries(data.database());
        CommentsQueries comments = new CommentsQueries(data.database());
        Set<Long> seen = new HashSet<>();
        Set<Long> deleted = new HashSet<>();
        for (int step = 0; step < 25; step++) {
            switch (data.random().nextInt(6)) {
                case 0 -> seen.add((Long) data.insert("posts").get("id"));
                case 1 -> data.tryInsert("comments"); // none when every post was deleted
                case 2 ->
                    data.existing("posts")
                            .ifPresent(post -> data.existing("users")
                                    .ifPresent(user -> comments.addComment(
                                            (Long) post.get("id"),
                                            (Long) user.get("id"),
                                            "a comment written by the test")));
                case 3 -> data.existing("posts").ifPresent(post -> posts.publishPost((Long) post.get("id")));
                case 4 -> data.existing("posts").ifPresent(post -> posts.softDeletePost((Long) post.get("id")));
                default ->
                    data.existing("posts").ifPresent(post -> {
                        long id = (Long) post.get("id");
                        posts.deletePost(id);
                        deleted.add(id);
                    });
            }
            data.database().many("SELECT id FROM posts", r -> r.getLong(1)).forEach(seen::add);
            for (long id : seen) {
                long count = comments.countComments(id);
                assertTrue(count >= 0, "post " + id + " counts " + count + " comments");
                assertEquals(count, comments.listComments(id).size(), "comments listed for post " + id);
            }
            for (long id : deleted) {
                assertEquals(0L, comments.countComments(id), "comments of deleted post " + id);
                assertFalse(posts.findPost(id).isPresent(), "deleted post " + id);
            }
            for (ListPostsRow live : posts.listPosts(null)) {
                assertFalse(posts.findPost(live.id()).orElseThrow().deleted(), "listed post " + live.id());
            }
        }
    }
}
