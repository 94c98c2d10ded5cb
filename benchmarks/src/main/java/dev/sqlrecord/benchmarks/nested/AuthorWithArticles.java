package dev.sqlrecord.benchmarks.nested;

import java.util.List;

/** A user with its posts, folded from a flat join (README.md, Nested results, "Embedded records"). */
public record AuthorWithArticles(Author author, List<Article> articles) {}
