package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.runtime.BatchResults;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.Statement;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded_records case's generated code on SQLite and on the local D1, giving the same values:
 * records embedded from a flat join, an Optional one missing where the LEFT JOIN found nothing, and
 * a flat join folded into users with their posts (an empty list for a user without), run alone and
 * in a batch.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class EmbeddedRecordsTest {
    private static final String ADA = "User[id=1, name=ada, admin=true]";
    private static final String BOB = "User[id=2, name=bob, admin=false]";
    private static final String CY = "User[id=3, name=cy, admin=false]";
    private static final String FIRST = "Post[id=1, authorId=1, title=first, status=PUBLISHED, score=10]";
    private static final String SECOND = "Post[id=2, authorId=1, title=second, status=DRAFT, score=null]";
    private static final String THIRD = "Post[id=3, authorId=3, title=third, status=PUBLISHED, score=-1]";

    @TempDir
    static Path temp;

    private static GeneratedCase generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedCase.of(CaseTest.CASES.resolve("embedded_records"), temp.resolve("case"), Map.of());
    }

    @AfterAll
    static void unload() throws Exception {
        generated.close();
    }

    @Test
    void onSqlite() throws Exception {
        try (Database db = Database.open("jdbc:sqlite:" + temp.resolve("embedded.sqlite"))) {
            behaviour(db);
        }
    }

    @Test
    void onD1() throws Exception {
        try (Database db = LocalD1.get().freshDatabase()) {
            behaviour(db);
        }
    }

    private static void behaviour(Database db) throws Exception {
        Migrations.fromDirectory(generated.migrations()).migrate(db);
        db.exec("INSERT INTO users (id, name, admin) VALUES (1, 'ada', 1), (2, 'bob', 0), (3, 'cy', 0)");
        db.exec("INSERT INTO posts (id, author_id, title, status, score) VALUES"
                + " (1, 1, 'first', 'published', 10), (2, 1, 'second', 'draft', NULL),"
                + " (3, 3, 'third', 'published', -1)");
        Object users =
                generated.load("UsersQueries").getConstructor(Database.class).newInstance(db);
        assertEquals(
                "[PostWithAuthor[post=" + FIRST + ", author=" + ADA + "], PostWithAuthor[post=" + SECOND + ", author="
                        + ADA + "], PostWithAuthor[post=" + THIRD + ", author=" + CY + "]]",
                call(users, "postsWithAuthors").toString());
        assertEquals(
                "[UserPost[user=" + ADA + ", post=Optional[" + FIRST + "]], UserPost[user=" + ADA + ", post=Optional["
                        + SECOND + "]], UserPost[user=" + BOB + ", post=Optional.empty], UserPost[user=" + CY
                        + ", post=Optional[" + THIRD + "]]]",
                call(users, "usersAndPosts").toString());
        String folded = "[UserWithPosts[user=" + ADA + ", posts=[" + FIRST + ", " + SECOND + "]], UserWithPosts[user="
                + BOB + ", posts=[]], UserWithPosts[user=" + CY + ", posts=[" + THIRD + "]]]";
        assertEquals(folded, call(users, "usersWithPosts").toString());
        assertEquals(
                "[UserWithPosts[user=" + ADA + ", posts=[" + FIRST + ", " + SECOND + "]]]",
                call(users, "userWithPosts", 1L).toString());
        assertEquals("[]", call(users, "userWithPosts", 2L).toString());
        assertEquals(
                "[UserWithPosts[user=" + CY + ", posts=[" + THIRD + "]], UserWithPosts[user=" + ADA + ", posts=["
                        + SECOND + ", " + FIRST + "]]]",
                call(users, "usersWithPostsNewestFirst").toString());
        // The statement factory folds too, alone and in a batch.
        Statement<?> statement = (Statement<?>) call(users, "usersWithPostsStatement");
        assertEquals(folded, db.run(statement).toString());
        BatchResults results = db.batch(statement);
        assertEquals(folded, results.get(statement).toString());
    }

    private static Object call(Object repository, String name, Object... args) throws ReflectiveOperationException {
        Method method = Arrays.stream(repository.getClass().getMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
        return method.invoke(repository, args);
    }
}
