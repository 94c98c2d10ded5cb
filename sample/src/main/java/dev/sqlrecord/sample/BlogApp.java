package dev.sqlrecord.sample;

import dev.sqlrecord.runtime.BatchResults;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.ExecResult;
import dev.sqlrecord.runtime.Statement;
import dev.sqlrecord.runtime.migrations.MigrationReport;
import dev.sqlrecord.runtime.migrations.Migrations;
import dev.sqlrecord.sample.db.CommentsQueries;
import dev.sqlrecord.sample.db.ListPostsRow;
import dev.sqlrecord.sample.db.PostsQueries;
import dev.sqlrecord.sample.db.PostsStatus;
import dev.sqlrecord.sample.db.PostsWithCommentsRow;
import dev.sqlrecord.sample.db.UsersQueries;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The blog of the Cloudflare D1 guides on embedded SQLite: migrates a fresh database file, writes
 * users, posts and comments through the generated repositories, and says what it did.
 *
 * <p>Run it with {@code ./mvnw -q -DskipTests -Prun-sample verify} from the repository root, or
 * give it a database path: {@code BlogApp path/to/blog.db}.
 */
public final class BlogApp {
    private final Database db;
    private final PrintStream out;
    private final UsersQueries users;
    private final PostsQueries posts;
    private final CommentsQueries comments;

    BlogApp(Database db, PrintStream out) {
        this.db = db;
        this.out = out;
        this.users = new UsersQueries(db);
        this.posts = new PostsQueries(db);
        this.comments = new CommentsQueries(db);
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/blog.db").toAbsolutePath();
        fresh(file);
        System.out.println("sqlrecord sample: the blog of the D1 guides, on SQLite at " + file);
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            new BlogApp(db, System.out).run();
        }
    }

    /** The demo always starts from an empty database, so every run tells the same story. */
    private static void fresh(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    void run() {
        MigrationReport migrated = Migrations.fromClasspath("blog/migrations").migrate(db);
        out.println("applied migrations: " + String.join(", ", migrated.applied()));

        long ada = users.createUser("ada@example.com", "Ada Lovelace", "Wrote the first program.")
                .lastInsertId();
        long grace = users.createUser("grace@example.com", "Grace Hopper", null).lastInsertId();
        out.println("created users: "
                + join(users.listUsers().stream().map(BlogApp::describe).toList()));

        long engine = posts.createPost(ada, "Notes on the Analytical Engine", "It weaves algebraic patterns.")
                .lastInsertId();
        long compilers = posts.createPost(grace, "Compilers for everyone", "Programs in English words.")
                .lastInsertId();
        long bugs = posts.createPost(grace, "The first bug", "A moth, taped into the log book.")
                .lastInsertId();
        posts.publishPost(engine);
        out.println(
                "created posts #" + engine + ", #" + compilers + " and #" + bugs + " as drafts; published #" + engine);

        // A comment and the reply to it are written together or not at all.
        db.inTransaction(tx -> {
            CommentsQueries inTx = new CommentsQueries(tx);
            inTx.addComment(engine, grace, "This changes everything.");
            inTx.addComment(engine, ada, "Thank you, Grace!");
        });
        // A post goes live with its first comment or not at all: a batch of generated statements,
        // atomic on SQLite and on D1 (which has no transactions).
        Statement<Integer> publish = PostsQueries.publishPostStatement(bugs);
        Statement<ExecResult> firstComment = CommentsQueries.addCommentStatement(bugs, ada, "Did the moth survive?");
        BatchResults batch = db.batch(publish, firstComment);
        out.println("in one batch: published #" + bugs + " (" + batch.get(publish) + " row) and added its first"
                + " comment, #" + batch.get(firstComment).lastInsertId());
        out.println("comments on #" + engine + ": "
                + join(comments.listComments(engine).stream()
                        .map(c -> c.authorName() + " said \"" + c.body() + "\"")
                        .toList()));

        listPosts("all live posts", null);
        listPosts("published posts", PostsStatus.PUBLISHED);
        postsWithCommentsPage().forEach(out::println);

        posts.softDeletePost(bugs);
        Post deleted = posts.findPost(bugs).orElseThrow();
        out.println("soft-deleted post #" + bugs + " (\"" + deleted.title() + "\"): deleted_at is "
                + (deleted.deleted() ? "set" : "NULL") + ", the row is kept, readers no longer see it");
        listPosts("all live posts", null);
        out.println("Grace's live posts: " + join(posts.postTitlesOfAuthor(grace)));

        long before = comments.countComments(engine);
        int removed = posts.deletePost(engine);
        long after = comments.countComments(engine);
        out.println("deleted post #" + engine + " (" + removed + " row): its comments went with it, " + before + " -> "
                + after + " (ON DELETE CASCADE)");

        List<Post> left = posts.postsByIds(List.of(engine, compilers, bugs));
        out.println("posts #" + engine + ", #" + compilers + " and #" + bugs + " looked up by id: "
                + join(left.stream().map(BlogApp::describe).toList()));
        users.renameUser("Rear Admiral Grace Hopper", grace);
        out.println("renamed: " + users.findUser(grace).map(BlogApp::describe).orElse("?"));
        out.println("done.");
    }

    /**
     * The "posts with their comments" page: each live post with its comments, read in one query
     * (one round trip on D1) whose comments column is a typed list (README.md, Nested results).
     */
    List<String> postsWithCommentsPage() {
        List<String> lines = new ArrayList<>();
        lines.add("posts with their comments:");
        for (PostsWithCommentsRow post : posts.postsWithComments()) {
            lines.add("  #" + post.id() + " " + post.title() + " by " + post.authorName() + ", "
                    + post.comments().size() + (post.comments().size() == 1 ? " comment" : " comments"));
            for (PostsWithCommentsRow.CommentsItem comment : post.comments()) {
                lines.add("    #" + comment.id() + " " + comment.author() + ": " + comment.body());
            }
        }
        return lines;
    }

    private void listPosts(String heading, PostsStatus status) {
        List<ListPostsRow> rows = posts.listPosts(status);
        out.println(heading + ":");
        for (ListPostsRow row : rows) {
            out.println(
                    "  #" + row.id() + " [" + row.status().value() + "] " + row.title() + " by " + row.authorName());
        }
    }

    private static String join(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }

    private static String describe(User user) {
        return user.name() + " <" + user.email() + "> (#" + user.id() + ")";
    }

    private static String describe(Post post) {
        return "#" + post.id() + " [" + post.status() + (post.deleted() ? ", deleted" : "") + "] " + post.title();
    }
}
