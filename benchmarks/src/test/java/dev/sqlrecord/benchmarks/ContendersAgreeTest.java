package dev.sqlrecord.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.benchmarks.contenders.hibernate.PostEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Not a benchmark: every contender runs each workload once on an in-memory database and must give
 * hand-written JDBC's answers and leave the same rows, so that no contender is fast by doing less.
 */
class ContendersAgreeTest {

    @ParameterizedTest
    @ValueSource(strings = {"sqlrecord", "jooq", "jdbi", "spring", "hibernate"})
    void givesTheSameAnswersAsHandWrittenJdbc(String name) {
        try (Contender jdbc = BlogBenchmark.create("jdbc", SqliteConnections.MEMORY_URL);
                Contender other = BlogBenchmark.create(name, SqliteConnections.MEMORY_URL)) {
            for (long id : new long[] {1, 2, 7919}) {
                assertEquals(asPost(jdbc.findPost(id)), asPost(other.findPost(id)), "post " + id);
            }
            List<?> comments = other.listComments(3);
            assertEquals(Dataset.COMMENTS_PER_POST, comments.size());
            assertEquals(jdbc.listComments(3), comments);

            assertEquals(jdbc.createPost(5, "t", "b"), other.createPost(5, "t", "b"));
            List<Contender.NewPost> batch = new ArrayList<>();
            for (int i = 0; i < Dataset.BATCH_SIZE; i++) {
                batch.add(new Contender.NewPost(Dataset.authorOf(i), "title " + i, "body " + i));
            }
            jdbc.insertPosts(batch);
            other.insertPosts(batch);
            assertEquals(1, other.renameUser(42, "Ada"));
            jdbc.renameUser(42, "Ada");
            for (String sql : List.of(
                    "SELECT count(*) FROM posts",
                    "SELECT max(id) FROM posts",
                    "SELECT group_concat(title, '|') FROM posts WHERE id > 10000",
                    "SELECT name FROM users WHERE id = 42",
                    "SELECT updated_at > 1700000042 FROM users WHERE id = 42")) {
                assertEquals(String.valueOf(jdbc.queryScalar(sql)), String.valueOf(other.queryScalar(sql)), sql);
            }
            other.execute(Dataset.DELETE_NEW_POSTS);
            assertEquals(Dataset.POSTS, ((Number) other.queryScalar("SELECT count(*) FROM posts")).intValue());
        }
    }

    private static Post asPost(Object result) {
        if (result instanceof Optional<?> optional) {
            return (Post) optional.orElse(null);
        }
        if (result instanceof PostEntity e) {
            return new Post(
                    e.getId(),
                    e.getAuthor().getId(),
                    e.getTitle(),
                    e.getBody(),
                    e.getStatus(),
                    e.getPublishedAt(),
                    e.getDeletedAt());
        }
        return (Post) result;
    }
}
