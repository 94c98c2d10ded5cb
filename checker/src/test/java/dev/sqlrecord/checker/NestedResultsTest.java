package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
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
 * The nested-result cases' generated code on SQLite and on the local D1, giving the same values:
 * lists of records and records read from JSON, two levels deep, an empty list for no child, enums,
 * booleans, dates and decimals through JSON, and a 64-bit integer beyond 2^53 exact.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class NestedResultsTest {
    /** 2^53 + 1: a double cannot hold it, so it only survives a reader that never makes one. */
    private static final String BIG = "9007199254740993";

    @TempDir
    static Path temp;

    private static GeneratedCase exact;
    private static GeneratedCase outer;

    @BeforeAll
    static void generate() throws Exception {
        exact = GeneratedCase.of(CaseTest.CASES.resolve("nested_results"), temp.resolve("exact"), Map.of());
        outer = GeneratedCase.of(CaseTest.CASES.resolve("nested_outer_join"), temp.resolve("outer"), Map.of());
    }

    @AfterAll
    static void unload() throws Exception {
        exact.close();
        outer.close();
    }

    @Test
    void onSqlite() throws Exception {
        try (Database db = Database.open("jdbc:sqlite:" + temp.resolve("exact.sqlite"))) {
            exactBehaviour(db);
        }
        try (Database db = Database.open("jdbc:sqlite:" + temp.resolve("outer.sqlite"))) {
            outerJoinBehaviour(db);
        }
    }

    @Test
    void onD1() throws Exception {
        try (Database db = LocalD1.get().freshDatabase()) {
            exactBehaviour(db);
        }
        try (Database db = LocalD1.get().freshDatabase()) {
            outerJoinBehaviour(db);
        }
    }

    private static void data(Database db, GeneratedCase generated) throws Exception {
        Migrations.fromDirectory(generated.migrations()).migrate(db);
        db.exec("INSERT INTO users (id, name, admin) VALUES (1, 'ada', 1), (2, 'bob', 0)");
        db.exec("INSERT INTO posts (id, author_id, title, status, published_on, score) VALUES"
                + " (1, 1, 'first', 'published', '2026-01-02', 12.5), (2, 1, 'second', 'draft', NULL, NULL)");
        // Literals, not parameters: the big integer must reach the database exactly to test the read.
        db.exec("INSERT INTO comments (id, post_id, body, likes, pinned) VALUES" + " (1, 1, 'hi', " + BIG
                + ", 1), (2, 1, 'yo', NULL, 0)");
    }

    private static void exactBehaviour(Database db) throws Exception {
        data(db, exact);
        Object posts = exact.load("PostsQueries").getConstructor(Database.class).newInstance(db);
        assertEquals(
                "[PostsWithCommentsRow[id=1, title=first, comments=[CommentsItem[id=1, body=hi, likes=" + BIG
                        + ", pinned=true], CommentsItem[id=2, body=yo, likes=null, pinned=false]]],"
                        + " PostsWithCommentsRow[id=2, title=second, comments=[]]]",
                call(posts, "postsWithComments").toString());
        assertEquals(
                "[PostsWithAuthorRow[id=1, status=PUBLISHED, author=Author[id=1, name=ada, admin=true]],"
                        + " PostsWithAuthorRow[id=2, status=DRAFT, author=Author[id=1, name=ada, admin=true]]]",
                call(posts, "postsWithAuthor").toString());
        assertEquals(
                "[UsersWithPostsRow[id=1, posts=[PostsItem[id=1, status=PUBLISHED, publishedOn=2026-01-02,"
                        + " score=12.5, comments=[CommentsItem[id=1, likes=" + BIG + "], CommentsItem[id=2,"
                        + " likes=null]]], PostsItem[id=2, status=DRAFT, publishedOn=null, score=null,"
                        + " comments=[]]]], UsersWithPostsRow[id=2, posts=[]]]",
                call(posts, "usersWithPosts").toString());
        assertEquals(
                "Optional[PostAuthorRow[title=second, author=Author[id=1, name=ada]]]",
                call(posts, "postAuthor", 2L).toString());
        assertEquals(
                "CommentsOfPostRow[comments=[CommentsItem[id=1, pinned=true], CommentsItem[id=2, pinned=false]]]",
                call(posts, "commentsOfPost", 1L).toString());
        assertEquals(
                "CommentsOfPostRow[comments=[]]",
                call(posts, "commentsOfPost", 2L).toString());
    }

    /** Without FILTER, a post with no comment reads one object of NULLs: typed nullable, so it reads. */
    private static void outerJoinBehaviour(Database db) throws Exception {
        data(db, outer);
        Object posts = outer.load("PostsQueries").getConstructor(Database.class).newInstance(db);
        assertEquals(
                "[PostsWithCommentsRow[id=1, comments=[CommentsItem[id=1, body=hi], CommentsItem[id=2, body=yo]]],"
                        + " PostsWithCommentsRow[id=2, comments=[CommentsItem[id=null, body=null]]]]",
                call(posts, "postsWithComments").toString());
        db.exec("INSERT INTO posts (id, author_id, title, status) VALUES (3, 2, 'third', 'draft')");
        assertEquals(
                "[PostsWithAdminAuthorRow[id=1, author=Author[id=1, name=ada]],"
                        + " PostsWithAdminAuthorRow[id=2, author=Author[id=1, name=ada]],"
                        + " PostsWithAdminAuthorRow[id=3, author=Author[id=null, name=null]]]",
                call(posts, "postsWithAdminAuthor").toString());
    }

    private static Object call(Object repository, String name, Object... args) throws ReflectiveOperationException {
        Method method = Arrays.stream(repository.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && !GeneratedCase.isListForm(m))
                .findFirst()
                .orElseThrow();
        return method.invoke(repository, args);
    }
}
