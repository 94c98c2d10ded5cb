package dev.sqlrecord.benchmarks.nested;

import dev.sqlrecord.benchmarks.db.NestedQueries;
import dev.sqlrecord.benchmarks.db.NestedUsersWithPostsRow;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.Statement;
import dev.sqlrecord.runtime.StatementEvent;
import dev.sqlrecord.runtime.StatementListener;
import dev.sqlrecord.runtime.d1.D1Config;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * 100 users with 10 posts each read as users with their posts three ways, on SQLite and on a local
 * D1: one query with the posts as JSON, one flat join folded by the user's key, and N+1 queries.
 * Prints a Markdown table of the median wall time per page and the statements (round trips) each
 * takes, after checking that the three give the same users and posts. Run by
 * {@code benchmarks/nested.sh}, which starts the local D1; arguments: SQLite file, D1 base URL, D1
 * token, pages to measure.
 */
public final class NestedResultsRun {
    private static final int USERS = 100;
    private static final int POSTS_PER_USER = 10;

    private NestedResultsRun() {}

    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: NestedResultsRun <sqliteFile> <d1BaseUrl> <d1Token> <migrations> <pages>");
            System.exit(2);
        }
        Path migrations = Path.of(args[3]);
        int pages = Integer.parseInt(args[4]);
        System.out.println("| database | form | statements per page | median ms per page | users | posts |");
        System.out.println("|---|---|---|---|---|---|");
        AtomicInteger statements = new AtomicInteger();
        StatementListener counter = new StatementListener() {
            @Override
            public void afterStatement(StatementEvent event) {
                statements.incrementAndGet();
            }
        };
        try (Database sqlite = Database.open("jdbc:sqlite:" + args[0])) {
            run("SQLite", sqlite.withListener(counter), statements, migrations, pages);
        }
        D1Config d1 = D1Config.of("bench", "bench", args[2]).withBaseUrl(args[1]);
        try (Database local = Database.d1(d1)) {
            run("local D1", local.withListener(counter), statements, migrations, pages);
        }
    }

    private static void run(String name, Database db, AtomicInteger statements, Path migrations, int pages) {
        Migrations.fromDirectory(migrations).migrate(db);
        seed(db);
        NestedQueries queries = new NestedQueries(db);
        List<String> expected = null;
        for (Form form : forms(queries)) {
            List<String> page = form.read.apply(null);
            if (expected == null) {
                expected = page;
            } else if (!expected.equals(page)) {
                throw new IllegalStateException(form.name + " read other users and posts than the JSON form");
            }
            for (int i = 0; i < Math.max(3, pages / 5); i++) {
                form.read.apply(null); // warm-up
            }
            long[] nanos = new long[pages];
            statements.set(0);
            for (int i = 0; i < pages; i++) {
                long start = System.nanoTime();
                form.read.apply(null);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            long posts = page.stream().filter(line -> line.startsWith("  ")).count();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %d | %.2f | %d | %d |%n",
                    name,
                    form.name,
                    statements.get() / pages,
                    nanos[pages / 2] / 1e6,
                    page.size() - posts,
                    posts);
        }
    }

    private record Form(String name, Function<Void, List<String>> read) {}

    /** Each form's page as lines: a user, then its posts indented, so that the three can be compared. */
    private static List<Form> forms(NestedQueries queries) {
        return List.of(
                new Form("one query, posts in JSON", v -> {
                    List<String> lines = new ArrayList<>();
                    for (NestedUsersWithPostsRow user : queries.nestedUsersWithPosts()) {
                        lines.add(user.id() + " " + user.name());
                        user.posts().forEach(p -> lines.add("  " + p.id() + " " + p.title() + " " + p.body()));
                    }
                    return lines;
                }),
                new Form("one flat join, folded", v -> {
                    List<String> lines = new ArrayList<>();
                    for (AuthorWithArticles user : queries.foldedUsersWithPosts()) {
                        lines.add(user.author().id() + " " + user.author().name());
                        user.articles().forEach(p -> lines.add("  " + p.id() + " " + p.title() + " " + p.body()));
                    }
                    return lines;
                }),
                new Form("N+1 queries", v -> {
                    List<String> lines = new ArrayList<>();
                    for (Author user : queries.authors()) {
                        lines.add(user.id() + " " + user.name());
                        queries.articlesOfAuthor(user.id())
                                .forEach(p -> lines.add("  " + p.id() + " " + p.title() + " " + p.body()));
                    }
                    return lines;
                }));
    }

    /** 100 users with 10 posts each, in batches (one round trip each on D1). */
    private static void seed(Database db) {
        db.exec("DELETE FROM comments");
        db.exec("DELETE FROM posts");
        db.exec("DELETE FROM users");
        List<Statement<?>> batch = new ArrayList<>();
        for (int u = 1; u <= USERS; u++) {
            batch.add(Statement.exec(
                    "INSERT INTO users (id, email, name) VALUES (?, ?, ?)",
                    (long) u,
                    "user" + u + "@example.com",
                    "User " + u));
            for (int p = 1; p <= POSTS_PER_USER; p++) {
                long id = (long) (u - 1) * POSTS_PER_USER + p;
                batch.add(Statement.exec(
                        "INSERT INTO posts (id, author_id, title, body, status) VALUES (?, ?, ?, ?, 'published')",
                        id,
                        (long) u,
                        "Post " + id,
                        "The body of post " + id + ", a paragraph of about a hundred characters as posts have them."));
            }
            if (batch.size() >= 55) {
                db.batch(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            db.batch(batch);
        }
    }
}
