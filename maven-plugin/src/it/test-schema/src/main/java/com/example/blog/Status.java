package com.example.blog;

/** Where an article is in its life; stored as the constant's name in lower case. */
public enum Status {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
