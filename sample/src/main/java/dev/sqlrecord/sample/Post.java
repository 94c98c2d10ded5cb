package dev.sqlrecord.sample;

/**
 * A post as its author sees it, deleted or not. {@code status} is {@code draft}, {@code published}
 * or {@code archived}; times are unix epoch seconds, null until they happen.
 */
public record Post(long id, long authorId, String title, String body, String status, Long publishedAt, Long deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }
}
