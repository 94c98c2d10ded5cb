package dev.sqlrecord.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The data every trial starts from, the same rows for every contender (and for the Node script,
 * which builds the same rows by the same rules): 1,000 users, 10,000 posts (every other one
 * published), and 100 comments on each of the first 100 posts.
 */
public final class Dataset {
    public static final int USERS = 1_000;
    public static final int POSTS = 10_000;
    public static final int COMMENTED_POSTS = 100;
    public static final int COMMENTS_PER_POST = 100;
    public static final int BATCH_SIZE = 1_000;

    /** The sample's migrations, copied into this module and shipped on its classpath. */
    static final List<String> MIGRATIONS = List.of("migrations/0001_init.sql", "migrations/0002_comments.sql");

    static final String INSERT_USER =
            "INSERT INTO users (id, email, name, bio, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
    static final String INSERT_POST = "INSERT INTO posts (id, author_id, title, body, status, published_at,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_COMMENT =
            "INSERT INTO comments (id, post_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)";

    /** Removes what the insert workloads added, between iterations, so every iteration sees the same table. */
    static final String DELETE_NEW_POSTS = "DELETE FROM posts WHERE id > " + POSTS;

    private static final long EPOCH = 1_700_000_000L;
    private static final String POST_BODY = "Cloudflare D1 is SQLite at the edge. ".repeat(8);
    private static final String COMMENT_BODY = "Thanks, this helped me move my app to D1!";

    private Dataset() {}

    /** Runs one INSERT for many rows; all of {@link #load}'s calls are one transaction. */
    public interface Loader {
        void insert(String sql, List<Object[]> rows);
    }

    /** The rows, table by table, in foreign-key order. */
    public static void load(Loader loader) {
        List<Object[]> users = new ArrayList<>(USERS);
        for (long id = 1; id <= USERS; id++) {
            String bio = id % 3 == 0 ? null : "Writes about SQLite, user " + id;
            users.add(new Object[] {id, "user" + id + "@example.com", "User " + id, bio, EPOCH + id, EPOCH + id});
        }
        loader.insert(INSERT_USER, users);

        List<Object[]> posts = new ArrayList<>(POSTS);
        for (long id = 1; id <= POSTS; id++) {
            boolean published = id % 2 == 0;
            posts.add(new Object[] {
                id,
                authorOf(id),
                "Post number " + id,
                POST_BODY,
                published ? "published" : "draft",
                published ? EPOCH + id : null,
                EPOCH + id,
                EPOCH + id
            });
        }
        loader.insert(INSERT_POST, posts);

        List<Object[]> comments = new ArrayList<>(COMMENTED_POSTS * COMMENTS_PER_POST);
        long id = 1;
        for (long post = 1; post <= COMMENTED_POSTS; post++) {
            for (int i = 0; i < COMMENTS_PER_POST; i++, id++) {
                comments.add(new Object[] {id, post, authorOf(id + post), COMMENT_BODY, EPOCH + id});
            }
        }
        loader.insert(INSERT_COMMENT, comments);
    }

    static long authorOf(long n) {
        return 1 + (n % USERS);
    }

    /** Creates the schema from the migrations and loads the rows, over plain JDBC. */
    public static void seed(Connection connection) {
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : schemaStatements()) {
                    statement.execute(sql);
                }
            }
            load((sql, rows) -> {
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    for (Object[] row : rows) {
                        for (int i = 0; i < row.length; i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("seeding failed", e);
        }
    }

    /** The migrations' statements, comments dropped (they hold no ';' inside literals). */
    static List<String> schemaStatements() {
        List<String> statements = new ArrayList<>();
        for (String resource : MIGRATIONS) {
            StringBuilder code = new StringBuilder();
            for (String line : read(resource).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    code.append(line).append('\n');
                }
            }
            for (String sql : code.toString().split(";")) {
                if (!sql.isBlank()) {
                    statements.add(sql.strip());
                }
            }
        }
        return statements;
    }

    private static String read(String resource) {
        try (InputStream in = Dataset.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
